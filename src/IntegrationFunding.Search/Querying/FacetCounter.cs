using IntegrationFunding.Domain.Taxonomy;
using IntegrationFunding.Search.Indexing;

namespace IntegrationFunding.Search.Querying;

/// <summary>
/// Counts facet values over the filtered set. A count equals the number of items the same request returns when
/// that value is added as the facet's filter (for states: nationwide programmes count for every Land).
/// </summary>
internal static class FacetCounter
{
    public static SearchFacets Count(FacetCodes facets, IReadOnlyList<int> positions)
    {
        return new SearchFacets(
            ToMap(facets.Topics, positions),
            ToMap(facets.Applicants, positions),
            ToMap(facets.Levels, positions),
            States(facets.States, positions),
            ToMap(facets.DeadlineTypes, positions),
            ToMap(facets.TargetGroups, positions));
    }

    private static Dictionary<string, int> ToMap(FacetColumn column, IReadOnlyList<int> positions)
    {
        var counts = column.Count(positions);
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var code = 0; code < counts.Length; code++)
        {
            if (counts[code] > 0)
            {
                map[column.Ids[code]] = counts[code];
            }
        }

        return map;
    }

    private static Dictionary<string, int> States(FacetColumn column, IReadOnlyList<int> positions)
    {
        var nationwide = 0;
        foreach (var position in positions)
        {
            if (column.Values[position].Length == 0)
            {
                nationwide++;
            }
        }

        var own = ToMap(column, positions);
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var state in Vocabularies.States.Ids)
        {
            var total = own.GetValueOrDefault(state) + nationwide;
            if (total > 0)
            {
                map[state] = total;
            }
        }

        return map;
    }
}
