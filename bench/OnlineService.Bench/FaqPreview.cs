using System.Globalization;
using System.Text;
using OnlineService.Understanding.Faq;

namespace OnlineService.Bench;

/// <summary>Renders every FAQ entry with the sample facts so an editor can read what residents will see.</summary>
internal static class FaqPreview
{
    public static string Run(string directory, string? query)
    {
        var knowledge = new FaqKnowledgeBase(directory, new UtilityFacts());
        var output = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        if (query is not null)
        {
            foreach (var passage in knowledge.Search(query, 3))
            {
                output.AppendLine(inv, $"{passage.Score,7:0.000}  {passage.Intent}  [{passage.Citation}]");
            }

            return output.ToString();
        }

        foreach (var answer in knowledge.Entries)
        {
            output.AppendLine(inv, $"== {answer.Intent} ({answer.SourceFile}, {answer.Text.Length} chars)  [{answer.Citation}]");
            output.AppendLine(answer.Text);
            output.AppendLine(inv, $"   next: {string.Join(" | ", answer.Next.Select(step => $"{step.Label} → {step.Intent}"))}");
            output.AppendLine();
        }

        return output.ToString();
    }
}
