using IntegrationFunding.Domain.Profiles;
using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.Matching.Rules;

/// <summary>
/// The combined eligibility and role of the four hard rules without writing any sentence: the ranking pass uses
/// it for every programme, the rules' <c>Judge</c> methods explain only the returned ones. Both must agree; the
/// tests compare them on the starter catalogue and on each rule's edge cases.
/// </summary>
internal static class Verdict
{
    public static (string Eligibility, string Role) Of(
        MunicipalityProfile profile, Programme programme, DateOnly today, string status, DateOnly? next, bool weakBudgetNote, bool includePartnerRoles)
    {
        var region = programme.States.Count == 0 || QuickReject.Has(programme.States, profile.State)
            ? Eligibility.Eligible
            : Eligibility.Ineligible;
        var (applicant, partnerPossible) = Applicant(profile, programme);
        var role = MatchRoles.Applicant;
        if (partnerPossible && includePartnerRoles)
        {
            role = MatchRoles.Partner;
            applicant = Eligibility.Eligible;
        }

        var ownShare = role == MatchRoles.Applicant ? OwnShare(profile, programme, weakBudgetNote) : Eligibility.Eligible;
        var eligibility = Eligibility.Combine(Eligibility.Combine(region, applicant), Eligibility.Combine(ownShare, Time(profile, programme, today, status, next)));
        return (eligibility, role);
    }

    private static (string Eligibility, bool PartnerPossible) Applicant(MunicipalityProfile profile, Programme programme)
    {
        if (QuickReject.Has(programme.Applicants, profile.Kind) || programme.MunicipalitiesEligible == true)
        {
            return (Eligibility.Eligible, false);
        }

        if (programme.Applicants.Count == 0 && programme.MunicipalitiesEligible is null)
        {
            return (Eligibility.Unknown, false);
        }

        foreach (var association in ApplicantRule.Associations)
        {
            if (QuickReject.Has(programme.Applicants, association))
            {
                return (Eligibility.Ineligible, true);
            }
        }

        return (Eligibility.Ineligible, false);
    }

    private static string OwnShare(MunicipalityProfile profile, Programme programme, bool weakBudgetNote)
    {
        var minimum = programme.OwnShareMinPercent;
        var budget = profile.MaxOwnSharePercent;
        if (minimum is null)
        {
            return Eligibility.Unknown;
        }

        if (budget is null || minimum <= budget)
        {
            return Eligibility.Eligible;
        }

        return profile.BudgetConsolidation && weakBudgetNote ? Eligibility.Unknown : Eligibility.Ineligible;
    }

    private static string Time(MunicipalityProfile profile, Programme programme, DateOnly today, string status, DateOnly? next)
    {
        if (status == ProgrammeStatus.Closed)
        {
            return Eligibility.Ineligible;
        }

        if (next is { } deadline)
        {
            return deadline > today.AddMonths(Math.Max(1, profile.HorizonMonths)) ? Eligibility.Ineligible : Eligibility.Eligible;
        }

        return programme.DeadlineType == DeadlineTypes.Rolling && status == ProgrammeStatus.Open ? Eligibility.Eligible : Eligibility.Unknown;
    }
}
