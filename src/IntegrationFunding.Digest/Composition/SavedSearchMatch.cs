using IntegrationFunding.Digest.Subscriptions;
using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Search.Analysis;
using IntegrationFunding.Search.Indexing;

namespace IntegrationFunding.Digest.Composition;

/// <summary>
/// Decides in memory whether a saved search selects a programme that is no longer in the search index (marked
/// removed): the same filters as the search, and every search word (or one of its synonyms or compound forms)
/// among the programme's index terms, analysed exactly as the index would.
/// </summary>
internal static class SavedSearchMatch
{
    private const int MaxClauses = 24;

    public static bool Matches(SavedSearch search, Programme programme) =>
        AnyOf(search.Topics, programme.Topics)
        && AnyOf(search.Applicants, programme.Applicants)
        && AnyOf(search.TargetGroups, programme.TargetGroups)
        && (search.Levels.Count == 0 || search.Levels.Contains(programme.Level))
        && (search.DeadlineTypes.Count == 0 || search.DeadlineTypes.Contains(programme.DeadlineType))
        && (search.States.Count == 0 || programme.States.Count == 0 || programme.States.Any(search.States.Contains))
        && (search.MaxOwnShare is null || programme.OwnShareMinPercent is null || programme.OwnShareMinPercent <= search.MaxOwnShare)
        && InDeadlineWindow(search, programme)
        && MatchesText(search.Text, programme);

    private static bool AnyOf(IReadOnlyList<string> wanted, IReadOnlyList<string> actual) => wanted.Count == 0 || actual.Any(wanted.Contains);

    private static bool InDeadlineWindow(SavedSearch search, Programme programme) =>
        (search.DeadlineFrom is null && search.DeadlineTo is null)
        || programme.Deadlines.Any(d => (search.DeadlineFrom is null || d >= search.DeadlineFrom) && (search.DeadlineTo is null || d <= search.DeadlineTo));

    private static bool MatchesText(string? text, Programme programme)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var clauses = GermanAnalyzer.Default.AnalyzeQuery(text).Clauses.Take(MaxClauses).Where(c => c.Options.Any(o => o.Terms.Count > 0)).ToList();
        if (clauses.Count == 0)
        {
            return true;
        }

        var terms = IndexDocumentBuilder.TermsOf(programme, GermanAnalyzer.Default);
        return clauses.All(clause => clause.Options.Any(option => option.Terms.Count > 0 && option.Terms.All(terms.Contains)));
    }
}
