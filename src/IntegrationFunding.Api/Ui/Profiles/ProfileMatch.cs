using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.Api.Ui.Profiles;

/// <summary>One matched programme as the UI shows it (mirrors the API's match: eligibility, role, reasons, warnings).</summary>
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

    public string EligibilityLabel => Eligibility switch
    {
        Eligible => "antragsberechtigt",
        Ineligible => "nicht antragsberechtigt",
        _ => "Berechtigung unklar",
    };

    public string RoleLabel => Role == Partner ? "Ihre Rolle: Kooperationspartner" : "Ihre Rolle: Antragsteller";
}
