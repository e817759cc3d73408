using System.ComponentModel.DataAnnotations;

namespace OnlineService.Services.Handoff;

/// <summary>One agent of the roster, from configuration <c>AgentDesk:Agents</c>. Credentials live with the console, not here.</summary>
public sealed class AgentOptions
{
    [Required]
    public string Id { get; set; } = "";

    [Required]
    public string DisplayName { get; set; } = "";

    /// <summary>Skill groups (<see cref="AgentGroups"/>); defaults to general.</summary>
    public List<string> Groups { get; set; } = [];

    /// <summary>Conversations held at most at once. Defaults to 5.</summary>
    [Range(1, 50)]
    public int Capacity { get; set; } = 5;
}
