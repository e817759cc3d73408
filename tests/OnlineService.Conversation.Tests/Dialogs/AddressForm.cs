namespace OnlineService.Conversation.Tests.Dialogs;

public sealed class AddressForm
{
    public string? Community { get; set; }

    public decimal Building { get; set; }
}
