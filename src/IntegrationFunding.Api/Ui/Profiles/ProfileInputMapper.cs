using IntegrationFunding.Domain.Profiles;
using IntegrationFunding.Domain.Taxonomy;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace IntegrationFunding.Api.Ui.Profiles;

/// <summary>Checks what DataAnnotations cannot (vocabulary ids, at least one goal) and builds the domain profile.</summary>
public static class ProfileInputMapper
{
    public static MunicipalityProfile? ToProfile(ProfileInput input, string id, ModelStateDictionary state)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(state);
        if (input.State is not null && !Vocabularies.States.Contains(input.State))
        {
            state.AddModelError("Input.State", "Bundesland: bitte eines der 16 Länder auswählen.");
        }

        if (input.Kind is not null && !ProfileInput.Kinds.Any(k => k.Value == input.Kind))
        {
            state.AddModelError("Input.Kind", "Art der Kommune: bitte Gemeinde, Stadt, Große Kreisstadt, kreisfreie Stadt, Landkreis oder Gemeindeverband wählen.");
        }

        var ags = ProfileNumbers.Ags(input.Ags, out var agsValid);
        if (!agsValid)
        {
            state.AddModelError("Input.Ags", "Amtlicher Gemeindeschlüssel: bitte genau 8 Ziffern angeben, zum Beispiel 05315000.");
        }

        var population = ProfileNumbers.Population(input.Population, out var populationValid);
        if (!populationValid)
        {
            state.AddModelError("Input.Population", "Einwohnerzahl: bitte eine ganze Zahl ab 0 angeben, zum Beispiel 12500.");
        }

        for (var i = 0; i < input.Goals.Count; i++)
        {
            if (input.Goals[i].Topic is { Length: > 0 } topic && !Vocabularies.Topics.Contains(topic))
            {
                state.AddModelError($"Input.Goals[{i}].Topic", $"Ziel {i + 1}: unbekanntes Handlungsfeld.");
            }
        }

        var goals = input.Goals.Where(g => !string.IsNullOrEmpty(g.Topic) && Vocabularies.Topics.Contains(g.Topic))
            .Select(g => new ProfileGoal(g.Topic!, g.Priority, string.IsNullOrWhiteSpace(g.Text) ? null : g.Text.Trim()))
            .ToList();
        if (goals.Count == 0 && !state.ContainsKey("Input.Goals[0].Topic"))
        {
            state.AddModelError("Input.Goals[0].Topic", "Ziele: bitte mindestens ein Handlungsfeld auswählen.");
        }

        if (!state.IsValid)
        {
            return null;
        }

        return new MunicipalityProfile
        {
            Id = id, Name = input.Name!.Trim(), Ags = ags, Population = population, State = input.State!, Kind = input.Kind!,
            MaxOwnSharePercent = input.MaxOwnSharePercent, BudgetConsolidation = input.BudgetConsolidation, StructurallyWeak = input.StructurallyWeak,
            Goals = goals, TargetGroups = input.TargetGroups.Where(Vocabularies.TargetGroups.Contains).Distinct().ToList(),
            HorizonMonths = input.HorizonMonths,
        };
    }

    /// <summary>The form key of an API field name: <c>goals[0].topic</c> → <c>Input.Goals[0].Topic</c>.</summary>
    public static string InputKey(string apiField)
    {
        ArgumentNullException.ThrowIfNull(apiField);
        var parts = apiField.Split('.').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]);
        return "Input." + string.Join('.', parts);
    }
}
