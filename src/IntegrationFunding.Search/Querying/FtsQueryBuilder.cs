using IntegrationFunding.Search.Analysis;

namespace IntegrationFunding.Search.Querying;

/// <summary>
/// Builds FTS5 MATCH expressions from user text. Only analysed terms (letters and digits) reach FTS5, each in
/// double quotes, so no user input is ever interpreted as FTS5 syntax.
/// </summary>
public sealed class FtsQueryBuilder(GermanAnalyzer analyzer)
{
    private const int MaxClauses = 24;

    public BuiltQuery? Build(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var clauses = new List<string>();
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var clause in analyzer.AnalyzeQuery(text).Clauses.Take(MaxClauses))
        {
            var alternatives = clause.Options
                .Where(o => o.Terms.Count > 0)
                .Select(o => o.Kind == QueryAlternativeKind.Sequence ? Phrase(o.Terms) : And(o.Terms))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (alternatives.Count == 0)
            {
                continue;
            }

            foreach (var term in clause.Alternatives.SelectMany(a => a))
            {
                terms.Add(term);
            }

            clauses.Add(alternatives.Count == 1 ? alternatives[0] : "(" + string.Join(" OR ", alternatives) + ")");
        }

        if (clauses.Count == 0)
        {
            return null;
        }

        return new BuiltQuery(
            string.Join(" AND ", clauses),
            clauses.Count > 1 ? string.Join(" OR ", clauses) : null,
            terms);
    }

    private static string And(IReadOnlyList<string> terms) =>
        terms.Count == 1 ? Quote(terms[0]) : "(" + string.Join(" AND ", terms.Select(Quote)) + ")";

    private static string Phrase(IReadOnlyList<string> terms) => "\"" + string.Join(' ', terms.Select(Escape)) + "\"";

    private static string Quote(string term) => "\"" + Escape(term) + "\"";

    private static string Escape(string term) => term.Replace("\"", "\"\"", StringComparison.Ordinal);
}

/// <summary>
/// A text query for FTS5: <see cref="All"/> requires every clause, <see cref="Any"/> (null for one clause) any of
/// them; <see cref="Terms"/> are the analysed terms used for highlighting.
/// </summary>
public sealed record BuiltQuery(string All, string? Any, IReadOnlySet<string> Terms);
