namespace OnlineService.Understanding.Faq;

/// <summary>A walk-in service hall (营业厅) as published to residents.</summary>
public sealed class ServiceHall
{
    public string Name { get; set; } = string.Empty;

    public string Address { get; set; } = string.Empty;

    public string Hours { get; set; } = string.Empty;

    public string Phone { get; set; } = string.Empty;
}
