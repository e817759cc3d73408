using System.Text;
using OnlineService.Dialogs.Content;

namespace OnlineService.Dialogs.Handoff;

/// <summary>
/// Spots an emergency anywhere in a message ("家里燃气味很重", "暖气管爆了水漫到客厅", "楼下说漏到他家了"), unlike the
/// global commands, which must be the whole message: missing a danger costs more than a needless safety hint. A
/// message that also says the trouble is over ("漏水修好了，谢谢师傅") is a thank-you, not an emergency.
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
        var words = catalog.Texts.Emergencies;
        bool Says(List<string> list) => list.Exists(w => normalized.Contains(w, StringComparison.Ordinal));

        // A gas smell is never "over" in a resident's message: it is checked before the resolved words.
        return Says(words.GasWords) ? EmergencyKind.Gas
            : Says(words.ResolvedWords) ? EmergencyKind.None
            : Says(words.FloodWords) ? EmergencyKind.Flooding
            : Says(words.SpreadingWords) ? EmergencyKind.SpreadingLeak
            : EmergencyKind.None;
    }
}
