using System.Globalization;
using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Domain.Taxonomy;
using IntegrationFunding.Search.Analysis;
using Lucene.Net.Documents;

namespace IntegrationFunding.Search.Indexing;

/// <summary>
/// Turns a programme into its Lucene document: name, summary, body and tags as analysed text (BM25 per field, boosts
/// at query time), the exact forms of name and summary, and the storage key and content fingerprint. The tags field
/// carries the labels and synonyms of its vocabulary values, so a search for "Deutschkurs" also finds programmes
/// tagged <c>sprache</c>.
/// </summary>
public sealed class IndexDocumentBuilder
{
#pragma warning disable CA1822 // an instance on purpose: registered once and shared, like the analyzer
    internal Document Build(long key, Programme programme, string fingerprint)
    {
        ArgumentNullException.ThrowIfNull(programme);
        var keyText = key.ToString(CultureInfo.InvariantCulture);
        return
        [
            new StringField(LuceneFields.Key, keyText, Field.Store.YES),
            new NumericDocValuesField(LuceneFields.Key, key),
            new StoredField(LuceneFields.Fingerprint, fingerprint),
            new TextField(LuceneFields.Name, programme.Name ?? string.Empty, Field.Store.NO),
            new TextField(LuceneFields.NameExact, programme.Name ?? string.Empty, Field.Store.NO),
            new TextField(LuceneFields.Summary, programme.Summary ?? string.Empty, Field.Store.NO),
            new TextField(LuceneFields.SummaryExact, programme.Summary ?? string.Empty, Field.Store.NO),
            new TextField(LuceneFields.Body, string.Join(' ', programme.Body, programme.OwnShareNote, programme.LegalBasis), Field.Store.NO),
            new TextField(LuceneFields.Tags, TagText(programme), Field.Store.NO),
        ];
    }
#pragma warning restore CA1822

    /// <summary>
    /// Every index term of a programme's text fields (name, summary, body, tags) as the index analyses them, for
    /// deciding in memory whether a query's words occur in a programme that is not in the index.
    /// </summary>
    public static IReadOnlySet<string> TermsOf(Programme programme, GermanAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(analyzer);
        var text = string.Join(". ", programme.Name, programme.Summary, programme.Body, programme.OwnShareNote, programme.LegalBasis, TagText(programme));
        return analyzer.AnalyzeForIndex(text).Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
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
