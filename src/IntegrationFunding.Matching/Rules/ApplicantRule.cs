using IntegrationFunding.Domain.Profiles;
using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Domain.Taxonomy;
using IntegrationFunding.Matching.Conditions;

namespace IntegrationFunding.Matching.Rules;

/// <summary>
/// Applicant: a programme's applicants decide. A list that names municipal kinds admits exactly those kinds
/// (kreisangehörige Stadt, kreisfreie Stadt, Landkreis, Gemeinde, Gemeindeverband and kommunaler Verbund are
/// distinct; a Große Kreisstadt applies as kreisangehörige Stadt, see <see cref="ApplicantKinds"/>);
/// <c>municipalitiesEligible</c> only decides when the list names no municipal kind. When only associations may
/// apply, the municipality can still be their cooperation partner (role <c>partner</c>).
/// </summary>
internal static class ApplicantRule
{
    /// <summary>Applicant ids of civil-society bodies a municipality can partner with.</summary>
    public static readonly IReadOnlyList<string> Associations =
        ["verein", "migrantenorganisation", "wohlfahrtsverband", "bildungstraeger", "religionsgemeinschaft", "stiftung"];

    public static (RuleOutcome Outcome, bool PartnerPossible) Judge(MunicipalityProfile profile, Programme programme, bool explain = true)
    {
        var kind = ApplicantKinds.Of(profile);
        var namesMunicipalKinds = NamesMunicipalKinds(programme);
        if (namesMunicipalKinds && QuickReject.Has(programme.Applicants, kind))
        {
            return (RuleOutcome.Eligible(explain ? Admitted(profile, kind) : string.Empty), false);
        }

        if (!namesMunicipalKinds && programme.MunicipalitiesEligible == true)
        {
            return (RuleOutcome.Eligible(explain ? "Laut Quelle dürfen Kommunen selbst Anträge stellen." : string.Empty), false);
        }

        if (programme.Applicants.Count == 0)
        {
            return programme.MunicipalitiesEligible is null
                ? (RuleOutcome.Unknown(explain ? "Die Quelle nennt keine Antragsberechtigten." : string.Empty, explain ? "Antragsberechtigte in der Quelle nicht genannt." : null), false)
                : (RuleOutcome.Ineligible(explain ? "Laut Quelle dürfen Kommunen nicht selbst Anträge stellen." : string.Empty), false);
        }

        var partnerPossible = HasAssociation(programme);
        if (!explain)
        {
            return (RuleOutcome.Ineligible(string.Empty), partnerPossible);
        }

        var who = GermanText.Labels(Vocabularies.Applicants, programme.Applicants);
        return partnerPossible
            ? (RuleOutcome.Ineligible($"Antragsberechtigt sind nur: {who}."), true)
            : (RuleOutcome.Ineligible($"Antragsberechtigt sind nur: {who} – nicht {KindLabel(profile)}."), false);
    }

    public static string PartnerWarning(Programme programme)
    {
        var partners = programme.Applicants.Where(a => Associations.Contains(a, StringComparer.Ordinal));
        return $"Antrag nur durch freie Träger ({GermanText.Labels(Vocabularies.Applicants, partners)}) – Ihre Kommune kann Kooperationspartner sein.";
    }

    /// <summary>True when the applicants name at least one municipal kind (then they admit exactly those kinds).</summary>
    public static bool NamesMunicipalKinds(Programme programme)
    {
        foreach (var municipal in Vocabularies.MunicipalApplicants)
        {
            if (QuickReject.Has(programme.Applicants, municipal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasAssociation(Programme programme)
    {
        foreach (var association in Associations)
        {
            if (QuickReject.Has(programme.Applicants, association))
            {
                return true;
            }
        }

        return false;
    }

    private static string Admitted(MunicipalityProfile profile, string kind) =>
        profile.Kind == MunicipalityKinds.GrosseKreisstadt
            ? $"Antragsberechtigt: {Vocabularies.Applicants.LabelOf(kind)} – eine Große Kreisstadt ist in {Vocabularies.States.LabelOf(profile.State)} kreisangehörig."
            : $"Antragsberechtigt: {Vocabularies.Applicants.LabelOf(kind)}.";

    private static string KindLabel(MunicipalityProfile profile) =>
        profile.Kind == MunicipalityKinds.GrosseKreisstadt ? "Große Kreisstadt (kreisangehörige Stadt)" : Vocabularies.Applicants.LabelOf(profile.Kind);
}
