using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Matching.Conditions;
using IntegrationFunding.Matching.Verdicts;

namespace IntegrationFunding.Api.Ui.Profiles;

/// <summary>One matched programme as the UI shows it (mirrors the API's match: eligibility, verdicts, role, reasons, warnings).</summary>
public sealed record ProfileMatch(
    Programme Programme,
    double Score,
    string Eligibility,
    string Role,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<string> MatchedGoals)
{
    public const string Eligible = "eligible";
    public const string Ineligible = "ineligible";
    public const string Unknown = "unknown";
    public const string Applicant = "applicant";
    public const string Partner = "partner";

    /// <summary>May we apply, can we afford it, is it open in time.</summary>
    public MatchVerdicts? Verdicts { get; init; }

    /// <summary>Profile facts whose answers would settle an unknown verdict.</summary>
    public ProfileFacts MissingFacts { get; init; }

    /// <summary>The badge: names what is unknown ("Frist unbekannt") instead of a general "Berechtigung unklar".</summary>
    public string EligibilityLabel => Verdicts?.Badge ?? Eligibility switch
    {
        Eligible => "antragsberechtigt",
        Ineligible => "nicht antragsberechtigt",
        _ => "Angaben unvollständig",
    };

    public string RoleLabel => Role == Partner ? "Ihre Rolle: Kooperationspartner" : "Ihre Rolle: Antragsteller";

    /// <summary>German word of a verdict's eligibility.</summary>
    public static string VerdictLabel(string eligibility) => eligibility switch
    {
        Eligible => "ja",
        Ineligible => "nein",
        _ => "unklar",
    };
}
