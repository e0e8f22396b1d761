using System.Text;
using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Domain.Taxonomy;
using IntegrationFunding.Search.Analysis;

namespace IntegrationFunding.Search.Indexing;

/// <summary>
/// Turns a programme into the analysed text of its FTS columns. The tags column carries the labels and
/// synonyms of its vocabulary values, so a search for "Deutschkurs" also finds programmes tagged <c>sprache</c>.
/// </summary>
public sealed class IndexDocumentBuilder(GermanAnalyzer analyzer)
{
    public IndexDocument Build(Programme programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        return new IndexDocument(
            Terms(programme.Name),
            Terms(programme.Summary),
            Terms(string.Join(' ', programme.Body, programme.OwnShareNote, programme.LegalBasis)),
            Terms(TagText(programme)));
    }

    private string Terms(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var token in analyzer.AnalyzeForIndex(text))
        {
            builder.Append(token.Term).Append(' ');
        }

        return builder.ToString();
    }

    private static string TagText(Programme p)
    {
        var parts = new List<string> { p.Funder, Vocabularies.Levels.LabelOf(p.Level) };
        AddTerms(parts, Vocabularies.Topics, p.Topics, withSynonyms: true);
        AddTerms(parts, Vocabularies.TargetGroups, p.TargetGroups, withSynonyms: false);
        AddTerms(parts, Vocabularies.Applicants, p.Applicants, withSynonyms: false);
        AddTerms(parts, Vocabularies.States, p.States, withSynonyms: true);
        if (p.FundingType is not null)
        {
            AddTerms(parts, Vocabularies.FundingTypes, [p.FundingType], withSynonyms: false);
        }

        return string.Join(". ", parts);
    }

    /// <summary>
    /// Topic synonyms go into the tags (they are the words of a field of action, not interchangeable names);
    /// target groups and applicants only with their label, because the query side already expands their
    /// synonym rings, and indexing both would let a synonym-rich query pile up score on every tagged programme.
    /// </summary>
    private static void AddTerms(List<string> parts, Vocabulary vocabulary, IEnumerable<string> ids, bool withSynonyms)
    {
        foreach (var term in ids.Select(vocabulary.Find).OfType<TaxonomyTerm>())
        {
            parts.Add(term.Label);
            if (withSynonyms)
            {
                parts.AddRange(term.Synonyms);
            }
        }
    }
}

/// <summary>The analysed text of one programme's FTS columns (space-separated terms).</summary>
public sealed record IndexDocument(string Name, string Summary, string Body, string Tags);
