using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.Search.Indexing;

/// <summary>
/// Facet values of every programme as small integer codes, so counting a facet over thousands of matches is
/// a loop over arrays. States: an empty list (nationwide) counts for every Land.
/// </summary>
internal sealed class FacetCodes
{
    public FacetCodes(Programme[] programmes)
    {
        Topics = new FacetColumn(programmes, p => p.Topics);
        Applicants = new FacetColumn(programmes, p => p.Applicants);
        TargetGroups = new FacetColumn(programmes, p => p.TargetGroups);
        Levels = new FacetColumn(programmes, p => [p.Level]);
        DeadlineTypes = new FacetColumn(programmes, p => [p.DeadlineType]);
        States = new FacetColumn(programmes, p => p.States);
    }

    public FacetColumn Topics { get; }

    public FacetColumn Applicants { get; }

    public FacetColumn TargetGroups { get; }

    public FacetColumn Levels { get; }

    public FacetColumn DeadlineTypes { get; }

    public FacetColumn States { get; }
}

/// <summary>One facet: the distinct ids and, per programme position, the codes of its values.</summary>
internal sealed class FacetColumn
{
    public FacetColumn(Programme[] programmes, Func<Programme, IReadOnlyList<string>> values)
    {
        var codes = new Dictionary<string, int>(StringComparer.Ordinal);
        var ids = new List<string>();
        Values = new int[programmes.Length][];
        for (var i = 0; i < programmes.Length; i++)
        {
            var own = new List<int>();
            foreach (var value in values(programmes[i]))
            {
                if (!codes.TryGetValue(value, out var code))
                {
                    code = ids.Count;
                    codes[value] = code;
                    ids.Add(value);
                }

                if (!own.Contains(code))
                {
                    own.Add(code);
                }
            }

            Values[i] = [.. own];
        }

        Ids = [.. ids];
    }

    public string[] Ids { get; }

    public int[][] Values { get; }

    public int[] Count(IReadOnlyList<int> positions)
    {
        var counts = new int[Ids.Length];
        foreach (var position in positions)
        {
            foreach (var code in Values[position])
            {
                counts[code]++;
            }
        }

        return counts;
    }
}
