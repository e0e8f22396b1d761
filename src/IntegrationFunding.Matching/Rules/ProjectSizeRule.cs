using System.Globalization;
using IntegrationFunding.Domain.Profiles;
using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.Matching.Rules;

/// <summary>
/// A minimum grant or project size that is large for the town: at least <see cref="EurosPerInhabitant"/> € per
/// inhabitant (e.g. 100.000 € for a town of 5.000 = 20 € per inhabitant). A warning, never a verdict: the town may
/// still apply, but the project (and its own share) is big for its budget and staff.
/// </summary>
internal static class ProjectSizeRule
{
    /// <summary>The threshold of the rule: a minimum of this many euros per inhabitant or more is flagged.</summary>
    public const decimal EurosPerInhabitant = 10m;

    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public static bool IsLarge(MunicipalityProfile profile, Programme programme) =>
        programme.AmountMinEur is { } minimum && profile.Population is > 0 and var population
        && minimum >= EurosPerInhabitant * population;

    public static string? Warning(MunicipalityProfile profile, Programme programme)
    {
        if (!IsLarge(profile, programme))
        {
            return null;
        }

        var minimum = programme.AmountMinEur!.Value;
        var population = profile.Population!.Value;
        var perInhabitant = minimum / population;
        return $"Großes Vorhaben für Ihre Kommune: Mindestförderung {minimum.ToString("#,0", German)} € – das sind {perInhabitant.ToString("#,0", German)} € je Einwohner bei {population.ToString("#,0", German)} Einwohnern (Hinweis ab {EurosPerInhabitant.ToString("0", German)} € je Einwohner).";
    }
}
