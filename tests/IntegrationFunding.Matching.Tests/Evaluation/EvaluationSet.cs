using System.Globalization;
using System.Text.Json;
using IntegrationFunding.Domain.Profiles;

namespace IntegrationFunding.Matching.Tests.Evaluation;

/// <summary>The evaluation profiles (profiles.json) and their graded judgments (judgments.tsv).</summary>
internal static class EvaluationSet
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<MunicipalityProfile> Profiles()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Evaluation", "profiles.json"));
        return JsonSerializer.Deserialize<List<MunicipalityProfile>>(text, Json)!;
    }

    /// <summary>profile id → programme id → grade (unlisted programmes are 0).</summary>
    public static IReadOnlyDictionary<string, Dictionary<string, int>> Judgments()
    {
        var result = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Evaluation", "judgments.tsv")))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('\t');
            if (!result.TryGetValue(parts[0], out var grades))
            {
                result[parts[0]] = grades = new Dictionary<string, int>(StringComparer.Ordinal);
            }

            grades[parts[1]] = int.Parse(parts[2], CultureInfo.InvariantCulture);
        }

        return result;
    }

    /// <summary>nDCG@k with gains 2^grade − 1 and the ideal ordering of all judged grades.</summary>
    public static double Ndcg(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades, int k)
    {
        static double Dcg(IEnumerable<int> gains) => gains.Select((g, i) => (Math.Pow(2, g) - 1) / Math.Log2(i + 2)).Sum();
        var ideal = Dcg(grades.Values.OrderByDescending(g => g).Take(k));
        return ideal == 0 ? 1 : Dcg(ranked.Take(k).Select(id => grades.GetValueOrDefault(id))) / ideal;
    }
}
