using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Text;
using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Search.Analysis;

namespace IntegrationFunding.Search.Querying;

/// <summary>Marks the words of a programme's name and summary whose analysed forms match the query.</summary>
public sealed class Highlighter(GermanAnalyzer analyzer)
{
    // Escapes markup characters only; umlauts stay readable (für, not f&#252;r).
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    // Analysed tokens per text instance: a snapshot's programme texts are analysed once, not on every request.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, IReadOnlyList<AnalyzedToken>> _tokens = new();

    public IReadOnlyDictionary<string, string> Highlight(Programme programme, IReadOnlySet<string> terms)
    {
        ArgumentNullException.ThrowIfNull(programme);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        Add(result, "name", programme.Name, terms);
        Add(result, "summary", programme.Summary, terms);
        return result;
    }

    private void Add(Dictionary<string, string> result, string field, string? text, IReadOnlySet<string> terms)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var spans = _tokens.GetValue(text, analyzer.AnalyzeForIndex)
            .Where(t => terms.Contains(t.Term))
            .Select(t => (t.Start, t.Length))
            .Distinct()
            .OrderBy(s => s.Start)
            .ToList();
        if (spans.Count == 0)
        {
            return;
        }

        var builder = new StringBuilder(text.Length + (spans.Count * 13));
        var position = 0;
        foreach (var (start, length) in spans)
        {
            if (start < position)
            {
                continue;
            }

            builder.Append(Encoder.Encode(text[position..start]))
                .Append("<mark>")
                .Append(Encoder.Encode(text.Substring(start, length)))
                .Append("</mark>");
            position = start + length;
        }

        builder.Append(Encoder.Encode(text[position..]));
        result[field] = builder.ToString();
    }
}
