using System.Text;
using OnlineService.Dialogs.Content;

namespace OnlineService.Dialogs.Handoff;

/// <summary>
/// Spots an emergency anywhere in a message ("家里燃气味很重", "暖气管爆了水漫到客厅"), unlike the global commands,
/// which must be the whole message: missing a danger costs more than a needless safety hint.
/// </summary>
public sealed class EmergencyRecognizer(TextCatalog catalog)
{
    public EmergencyKind Recognize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return EmergencyKind.None;
        }

        var normalized = new string([.. text.Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c))]);
        var words = catalog.Texts.Handoff;
        return words.GasWords.Exists(w => normalized.Contains(w, StringComparison.Ordinal)) ? EmergencyKind.Gas
            : words.FloodWords.Exists(w => normalized.Contains(w, StringComparison.Ordinal)) ? EmergencyKind.Flooding
            : EmergencyKind.None;
    }
}
