using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Domain.Taxonomy;

namespace IntegrationFunding.Benchmarks;

/// <summary>
/// A deterministic corpus of many programmes made from the starter catalogue: each copy keeps the real German
/// text of its model, gets its own id, a Land (or nationwide), shifted deadlines and a longer body.
/// </summary>
public static class ScaleCorpus
{
    private static readonly string[] Variants = ["Förderaufruf", "Sonderprogramm", "Modellprojekt", "Richtlinie", "Fonds", "Initiative", "Landesprogramm", "Kleinprojekte"];

    public static IReadOnlyList<Programme> Generate(IReadOnlyList<Programme> models, int count, int seed = 42)
    {
        ArgumentNullException.ThrowIfNull(models);
        var random = new Random(seed);
        var states = Vocabularies.States.Ids.ToArray();
        var result = new List<Programme>(count);
        for (var i = 0; i < count; i++)
        {
            var model = models[i % models.Count];
            var other = models[random.Next(models.Count)];
            var shift = random.Next(-200, 400);
            result.Add(model with
            {
                Id = $"{model.Id}-{i:D5}",
                Name = $"{model.Name} – {Variants[i % Variants.Length]} {i}",
                States = random.Next(4) == 0 ? [] : [states[random.Next(states.Length)]],
                Deadlines = model.Deadlines.Select(d => d.AddDays(shift)).Order().ToList(),
                Body = string.Join(' ', model.Summary, other.Summary, model.OwnShareNote),
                OwnShareMinPercent = model.OwnShareMinPercent ?? (random.Next(3) == 0 ? random.Next(0, 6) * 10 : null),
            });
        }

        return result;
    }
}
