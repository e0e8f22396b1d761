using System.Text.RegularExpressions;
using IntegrationFunding.Api.Contracts;
using IntegrationFunding.Domain.Profiles;
using IntegrationFunding.Domain.Taxonomy;

namespace IntegrationFunding.Api.Profiles;

/// <summary>Checks a profile request; every error is a German sentence keyed by the field it names.</summary>
internal static partial class ProfileValidator
{
    public static Dictionary<string, string[]> Validate(ProfileRequest? r)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Add(string field, string message) => errors[field] = errors.TryGetValue(field, out var m) ? [.. m, message] : [message];
        if (r is null)
        {
            Add("body", "Der Anfrageinhalt fehlt: erwartet wird ein Profil als JSON.");
            return errors;
        }

        if (string.IsNullOrWhiteSpace(r.Name) || r.Name.Length > 200)
        {
            Add("name", "Das Feld 'name' ist erforderlich (höchstens 200 Zeichen).");
        }

        if (!string.IsNullOrWhiteSpace(r.Ags) && !AgsPattern().IsMatch(r.Ags.Trim()))
        {
            Add("ags", $"Der Amtliche Gemeindeschlüssel 'ags' muss aus genau 8 Ziffern bestehen, nicht \"{r.Ags}\".");
        }

        if (r.State is null || !Vocabularies.States.Contains(r.State))
        {
            Add("state", $"Das Feld 'state' muss ein deutsches Land sein (z. B. DE-NI), nicht \"{r.State}\".");
        }

        if (r.Kind is null || !MunicipalityKinds.All.Contains(r.Kind))
        {
            Add("kind", $"Das Feld 'kind' muss {string.Join(", ", MunicipalityKinds.All)} sein, nicht \"{r.Kind}\".");
        }

        if (r.Population < 0)
        {
            Add("population", "Das Feld 'population' darf nicht negativ sein.");
        }

        if (r.MaxOwnSharePercent is < 0 or > 100)
        {
            Add("maxOwnSharePercent", "Das Feld 'maxOwnSharePercent' muss zwischen 0 und 100 liegen.");
        }

        if (r.HorizonMonths is < 1 or > 60)
        {
            Add("horizonMonths", "Das Feld 'horizonMonths' muss zwischen 1 und 60 liegen.");
        }

        ValidateGoals(r.Goals ?? [], Add);
        foreach (var group in r.TargetGroups ?? [])
        {
            if (group is null || !Vocabularies.TargetGroups.Contains(group))
            {
                Add("targetGroups", $"Unbekannte Zielgruppe \"{group}\" in 'targetGroups' (siehe /api/v1/taxonomy).");
            }
        }

        return errors;
    }

    private static void ValidateGoals(IReadOnlyList<ProfileGoalDto?> goals, Action<string, string> add)
    {
        if (goals.Count > 20)
        {
            add("goals", "Ein Profil hat höchstens 20 Ziele ('goals').");
        }

        for (var i = 0; i < goals.Count; i++)
        {
            var goal = goals[i];
            if (goal is null)
            {
                add($"goals[{i}]", $"Das Ziel goals[{i}] fehlt.");
                continue;
            }

            if (goal.Topic is null || !Vocabularies.Topics.Contains(goal.Topic))
            {
                add($"goals[{i}].topic", $"Unbekanntes Handlungsfeld \"{goal.Topic}\" in goals[{i}].topic (siehe /api/v1/taxonomy).");
            }

            if (goal.Priority is not (>= 1 and <= 3))
            {
                add($"goals[{i}].priority", $"Die Priorität goals[{i}].priority muss 1, 2 oder 3 sein.");
            }

            if (goal.Text is { Length: > 500 })
            {
                add($"goals[{i}].text", $"Der Text goals[{i}].text darf höchstens 500 Zeichen lang sein.");
            }
        }
    }

    [GeneratedRegex("^[0-9]{8}$")]
    private static partial Regex AgsPattern();
}
