namespace OnlineService.Gateway.Operators;

/// <summary>Who may call the operator APIs. Section <c>Operators</c>.</summary>
public sealed class OperatorOptions
{
    public const string SectionName = "Operators";

    /// <summary>
    /// The development key of the embedded default, documented in the README. Outside the Development and Testing
    /// environments the gateway refuses to start while it is accepted (<c>DocumentedDefaultsGuard</c>).
    /// </summary>
    public const string DevelopmentKey = "dev-operator-key-change-me";

    /// <summary>API keys accepted in <c>X-Api-Key</c> or <c>Authorization: Bearer</c>. At least one is required.</summary>
    public IList<string> ApiKeys { get; } = [];
}
