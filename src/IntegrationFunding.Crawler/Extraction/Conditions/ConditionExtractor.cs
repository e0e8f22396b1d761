using IntegrationFunding.Domain.Programmes.Conditions;

namespace IntegrationFunding.Crawler.Extraction.Conditions;

/// <summary>
/// Finds programme conditions in German prose, each with the sentence it came from: population limits per kind
/// ("Gemeinden mit mindestens 10.000 Einwohnern", "Kommunen unter 50.000 Einwohnern") and own-share reductions tied to
/// Haushaltssicherung or structural weakness ("für Kommunen in Haushaltssicherung bis zu 90 %"). Areas narrower than a
/// Land need the municipality register to turn names into AGS prefixes and are left to the catalogue for now.
/// </summary>
public static class ConditionExtractor
{
    public static ProgrammeConditions Extract(IReadOnlyList<SourceSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var population = new List<PopulationCondition>();
        var reductions = new List<OwnShareReduction>();
        foreach (var sentence in sentences)
        {
            foreach (var limit in PopulationLimits.In(sentence.Text))
            {
                if (!population.Any(p => p.Min == limit.Min && p.Max == limit.Max && p.Kinds.SequenceEqual(limit.Kinds)))
                {
                    population.Add(limit with { Evidence = sentence.ToEvidence() });
                }
            }

            if (OwnShareReductions.In(sentence.Text) is { } reduction && !reductions.Any(r => r.Fact == reduction.Fact))
            {
                reductions.Add(reduction with { Evidence = sentence.ToEvidence() });
            }
        }

        return population.Count == 0 && reductions.Count == 0
            ? ProgrammeConditions.None
            : new ProgrammeConditions { Population = population, OwnShareReductions = reductions };
    }
}
