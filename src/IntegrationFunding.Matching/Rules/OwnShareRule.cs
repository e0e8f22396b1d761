using IntegrationFunding.Domain.Profiles;
using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Matching.Conditions;

namespace IntegrationFunding.Matching.Rules;

/// <summary>
/// Own share: the minimum own share that applies to the municipality must fit the profile's budget. A reduction
/// tied to a profile fact (Haushaltssicherung, structural weakness, another stated condition) applies when the fact
/// is met; when the fact is missing and only the reduction would fit, the verdict is <c>unknown</c>. A missing own
/// share gives <c>unknown</c>. Source notes on special rates for financially weak municipalities without a stated
/// rate stay a hint, never a guessed rate.
/// </summary>
internal static class OwnShareRule
{
    private static readonly string[] WeakBudgetWords =
        ["haushaltssicherung", "finanzschwach", "haushaltsnotlage", "strukturschwach", "haushaltskonsolidierung", "entschuldung"];

    /// <summary>The verdict; with a sink, also one outcome per stated reduction (its condition in German).</summary>
    public static RuleOutcome Judge(MunicipalityProfile profile, Programme programme, bool weakBudgetNote, List<RuleOutcome>? sink = null)
    {
        var explain = sink is not null;
        var minimum = programme.OwnShareMinPercent;
        decimal? reducedTo = null;
        decimal? ifAnswered = null;
        var missing = ProfileFacts.None;
        foreach (var reduction in programme.Conditions.OwnShareReductions)
        {
            var (truth, factMissing) = FactTruth.Of(profile, reduction.Fact);
            if (truth == Truth.Met)
            {
                reducedTo = reducedTo is { } r ? Math.Min(r, reduction.OwnShareMinPercent) : reduction.OwnShareMinPercent;
            }
            else if (truth == Truth.Missing)
            {
                ifAnswered = ifAnswered is { } a ? Math.Min(a, reduction.OwnShareMinPercent) : reduction.OwnShareMinPercent;
                missing |= factMissing;
            }

            if (explain)
            {
                var rule = $"Ermäßigter Eigenanteil von {GermanText.Percent(reduction.OwnShareMinPercent)} für {FactTruth.Who(reduction.Fact, reduction.Text)}";
                var state = FactTruth.State(profile, reduction.Fact, truth);
                sink!.Add(truth switch
                {
                    Truth.Met => RuleOutcome.Eligible($"{rule}: gilt für Sie ({state})."),
                    Truth.Violated => RuleOutcome.Ineligible($"{rule}: gilt nicht für Sie ({state})."),
                    _ => RuleOutcome.Unknown($"{rule}: offen ({state}).", missing: factMissing),
                });
            }
        }

        var effective = reducedTo is { } reduced && (minimum is null || reduced < minimum) ? reduced : minimum;
        var budget = profile.MaxOwnSharePercent;
        var hint = explain && profile.BudgetConsolidation == true && MentionsWeakBudget(programme.OwnShareNote)
            ? $"Hinweis für Kommunen in Haushaltssicherung laut Quelle: „{programme.OwnShareNote}“"
            : null;
        if (effective is null)
        {
            if (!explain)
            {
                return RuleOutcome.Unknown(string.Empty);
            }

            var rest = programme.FundingRateMaxPercent is { } rate and < 100
                ? $" Förderquote höchstens {GermanText.Percent(rate)}: mindestens {GermanText.Percent(100 - rate)} sind anderweitig zu decken."
                : string.Empty;
            return RuleOutcome.Unknown("Der Eigenanteil ist in der Quelle nicht genannt.", hint ?? "Eigenanteil unbekannt: in der Quelle nicht genannt." + rest);
        }

        var what = explain ? Describe(effective.Value, effective != minimum) : string.Empty;
        if (budget is null)
        {
            return RuleOutcome.Eligible(explain ? $"{what}; Ihr Profil nennt keine Obergrenze." : string.Empty, hint);
        }

        if (effective <= budget)
        {
            var warning = hint ?? (explain && profile.BudgetConsolidation == true && effective > 0
                ? $"Haushaltssicherung: den Eigenanteil von {GermanText.Percent(effective.Value)} mit der Kommunalaufsicht klären."
                : null);
            return RuleOutcome.Eligible(explain ? $"{what} – im Rahmen Ihres Budgets (höchstens {GermanText.Percent(budget.Value)})." : string.Empty, warning);
        }

        var reason = explain ? $"{what} – mehr als Ihr Budget (höchstens {GermanText.Percent(budget.Value)})." : string.Empty;
        if (ifAnswered is { } possible && possible <= budget)
        {
            return RuleOutcome.Unknown(explain ? $"{reason} Mit der ermäßigten Quote von {GermanText.Percent(possible)} würde es passen." : string.Empty, missing: missing);
        }

        if (weakBudgetNote && profile.BudgetConsolidation != false)
        {
            var known = profile.BudgetConsolidation == true;
            return RuleOutcome.Unknown(
                explain ? reason + " Die Quelle nennt Sonderregeln für finanzschwache Kommunen." : string.Empty,
                hint ?? (explain && !known ? "Die Quelle nennt Sonderregeln für finanzschwache Kommunen; Ihr Profil sagt nicht, ob Ihre Kommune in der Haushaltssicherung ist." : null),
                known ? ProfileFacts.None : ProfileFacts.BudgetConsolidation);
        }

        return RuleOutcome.Ineligible(reason);
    }

    public static bool MentionsWeakBudget(string? note) =>
        note is not null && WeakBudgetWords.Any(w => note.Contains(w, StringComparison.OrdinalIgnoreCase));

    private static string Describe(decimal effective, bool reduced) =>
        reduced ? $"Ermäßigter Eigenanteil mindestens {GermanText.Percent(effective)}" : $"Eigenanteil mindestens {GermanText.Percent(effective)}";
}
