using IntegrationFunding.Domain.Taxonomy;
using IntegrationFunding.Search.Indexing;

namespace IntegrationFunding.Search.Querying;

/// <summary>
/// Counts facet values over the filtered set. A count equals the number of items the same request returns when
/// that value is added as the facet's filter (for states: nationwide programmes count for every Land).
/// </summary>
internal static class FacetCounter
{
    public static SearchFacets Count(IReadOnlyList<IndexedProgramme> matches)
    {
        var topics = new Dictionary<string, int>(StringComparer.Ordinal);
        var applicants = new Dictionary<string, int>(StringComparer.Ordinal);
        var levels = new Dictionary<string, int>(StringComparer.Ordinal);
        var states = new Dictionary<string, int>(StringComparer.Ordinal);
        var deadlineTypes = new Dictionary<string, int>(StringComparer.Ordinal);
        var targetGroups = new Dictionary<string, int>(StringComparer.Ordinal);
        var nationwide = 0;
        foreach (var entry in matches)
        {
            var p = entry.Programme;
            AddAll(topics, p.Topics);
            AddAll(applicants, p.Applicants);
            AddAll(targetGroups, p.TargetGroups);
            Add(levels, p.Level);
            Add(deadlineTypes, p.DeadlineType);
            if (p.States.Count == 0)
            {
                nationwide++;
            }
            else
            {
                AddAll(states, p.States);
            }
        }

        foreach (var state in Vocabularies.States.Ids)
        {
            var total = states.GetValueOrDefault(state) + nationwide;
            if (total > 0)
            {
                states[state] = total;
            }
        }

        return new SearchFacets(topics, applicants, levels, states, deadlineTypes, targetGroups);
    }

    private static void AddAll(Dictionary<string, int> counts, IEnumerable<string> values)
    {
        foreach (var value in values.Distinct(StringComparer.Ordinal))
        {
            Add(counts, value);
        }
    }

    private static void Add(Dictionary<string, int> counts, string value) =>
        counts[value] = counts.GetValueOrDefault(value) + 1;
}
