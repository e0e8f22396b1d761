using IntegrationFunding.Domain.Profiles;
using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Domain.Taxonomy;

namespace IntegrationFunding.Matching.Rules;

/// <summary>
/// Applicant: the profile's kind is among the applicants, or the sources say municipalities may apply. When only
/// associations may apply, the municipality can still be their cooperation partner (role <c>partner</c>).
/// </summary>
internal static class ApplicantRule
{
    /// <summary>Applicant ids of civil-society bodies a municipality can partner with.</summary>
    public static readonly IReadOnlyList<string> Associations =
        ["verein", "migrantenorganisation", "wohlfahrtsverband", "bildungstraeger", "religionsgemeinschaft", "stiftung"];

    public static (RuleOutcome Outcome, bool PartnerPossible) Judge(MunicipalityProfile profile, Programme programme)
    {
        var kind = Vocabularies.Applicants.LabelOf(profile.Kind);
        if (programme.Applicants.Contains(profile.Kind, StringComparer.Ordinal))
        {
            return (RuleOutcome.Eligible($"Antragsberechtigt: {kind}."), false);
        }

        if (programme.MunicipalitiesEligible == true)
        {
            return (RuleOutcome.Eligible("Laut Quelle dürfen Kommunen selbst Anträge stellen."), false);
        }

        if (programme.Applicants.Count == 0 && programme.MunicipalitiesEligible is null)
        {
            return (RuleOutcome.Unknown("Die Quelle nennt keine Antragsberechtigten.", "Antragsberechtigte in der Quelle nicht genannt."), false);
        }

        var partners = programme.Applicants.Where(a => Associations.Contains(a, StringComparer.Ordinal)).ToList();
        var who = GermanText.Labels(Vocabularies.Applicants, programme.Applicants);
        return partners.Count > 0
            ? (RuleOutcome.Ineligible($"Antragsberechtigt sind nur: {who}."), true)
            : (RuleOutcome.Ineligible($"Antragsberechtigt sind nur: {who} – nicht {kind}."), false);
    }

    public static string PartnerWarning(Programme programme)
    {
        var partners = programme.Applicants.Where(a => Associations.Contains(a, StringComparer.Ordinal));
        return $"Antrag nur durch freie Träger ({GermanText.Labels(Vocabularies.Applicants, partners)}) – Ihre Kommune kann Kooperationspartner sein.";
    }
}
