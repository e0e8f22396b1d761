using IntegrationFunding.Domain.Profiles;
using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Matching.Conditions;
using IntegrationFunding.Matching.Rules;

namespace IntegrationFunding.Matching;

/// <summary>
/// Cheap, allocation-free checks that let the matcher skip programmes a hard rule certainly excludes (other Land,
/// closed, kind may not apply) before any explanation is written. Used only when ineligible programmes are not listed;
/// the rules themselves stay the single source of the verdicts.
/// </summary>
internal static class QuickReject
{
    public static bool IsCertainlyIneligible(MunicipalityProfile profile, Programme programme, string status, bool includePartnerRoles)
    {
        if (programme.States.Count > 0 && !Has(programme.States, profile.State))
        {
            return true;
        }

        if (status == ProgrammeStatus.Closed)
        {
            return true;
        }

        if (programme.Applicants.Count == 0)
        {
            return false;
        }

        if (ApplicantRule.NamesMunicipalKinds(programme)
                ? Has(programme.Applicants, ApplicantKinds.Of(profile))
                : programme.MunicipalitiesEligible == true)
        {
            return false;
        }

        if (!includePartnerRoles)
        {
            return true;
        }

        foreach (var association in ApplicantRule.Associations)
        {
            if (Has(programme.Applicants, association))
            {
                return false;
            }
        }

        return true;
    }

    public static bool Has(IReadOnlyList<string> values, string value)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (string.Equals(values[i], value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
