using IntegrationFunding.Domain.Profiles;
using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.Matching.Rules;

/// <summary>
/// Own share: a known minimum own share must fit the profile's budget. A missing fact gives <c>unknown</c>.
/// Under Haushaltssicherung, source notes on special rates for financially weak municipalities become a hint,
/// never a guessed rate.
/// </summary>
internal static class OwnShareRule
{
    private static readonly string[] WeakBudgetWords =
        ["haushaltssicherung", "finanzschwach", "haushaltsnotlage", "strukturschwach", "haushaltskonsolidierung", "entschuldung"];

    public static RuleOutcome Judge(MunicipalityProfile profile, Programme programme)
    {
        var minimum = programme.OwnShareMinPercent;
        var budget = profile.MaxOwnSharePercent;
        var hint = profile.BudgetConsolidation && MentionsWeakBudget(programme.OwnShareNote)
            ? $"Hinweis für Kommunen in Haushaltssicherung laut Quelle: „{programme.OwnShareNote}“"
            : null;
        if (minimum is null)
        {
            var rest = programme.FundingRateMaxPercent is { } rate and < 100
                ? $" Förderquote höchstens {GermanText.Percent(rate)}: mindestens {GermanText.Percent(100 - rate)} sind anderweitig zu decken."
                : string.Empty;
            return RuleOutcome.Unknown("Der Eigenanteil ist in der Quelle nicht genannt.", hint ?? "Eigenanteil in der Quelle nicht genannt." + rest);
        }

        if (budget is null)
        {
            return RuleOutcome.Eligible($"Eigenanteil mindestens {GermanText.Percent(minimum.Value)}; Ihr Profil nennt keine Obergrenze.", hint);
        }

        if (minimum <= budget)
        {
            var warning = hint ?? (profile.BudgetConsolidation && minimum > 0
                ? $"Haushaltssicherung: den Eigenanteil von {GermanText.Percent(minimum.Value)} mit der Kommunalaufsicht klären."
                : null);
            return RuleOutcome.Eligible($"Eigenanteil mindestens {GermanText.Percent(minimum.Value)} – im Rahmen Ihres Budgets (höchstens {GermanText.Percent(budget.Value)}).", warning);
        }

        var reason = $"Eigenanteil mindestens {GermanText.Percent(minimum.Value)} – mehr als Ihr Budget (höchstens {GermanText.Percent(budget.Value)}).";
        return hint is null ? RuleOutcome.Ineligible(reason) : RuleOutcome.Unknown(reason + " Die Quelle nennt Sonderregeln für finanzschwache Kommunen.", hint);
    }

    public static bool MentionsWeakBudget(string? note) =>
        note is not null && WeakBudgetWords.Any(w => note.Contains(w, StringComparison.OrdinalIgnoreCase));
}
