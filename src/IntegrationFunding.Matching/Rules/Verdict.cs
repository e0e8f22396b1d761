using IntegrationFunding.Domain.Profiles;
using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Matching.Conditions;

namespace IntegrationFunding.Matching.Rules;

/// <summary>The three verdicts, the role and the missing profile facts of one programme, without any sentence.</summary>
internal readonly record struct Judged(string MayApply, string CanAfford, string InTime, string Role, ProfileFacts Missing)
{
    public string Eligibility => Matching.Eligibility.Combine(Matching.Eligibility.Combine(MayApply, CanAfford), InTime);
}

/// <summary>
/// The outcomes of every hard rule and condition of one programme, grouped by verdict. With <c>explain</c> each
/// outcome carries its German sentence; without, the ranking pass judges every programme writing no text. Both
/// passes run this same code, so ranking and explanation cannot disagree.
/// </summary>
internal static class Verdict
{
    public static Judged Of(
        MunicipalityProfile profile, Programme programme, DateOnly today, string status, DateOnly? next, bool weakBudgetNote, bool includePartnerRoles) =>
        Of(profile, programme, today, status, next, weakBudgetNote, includePartnerRoles, null);

    public static Judged Of(
        MunicipalityProfile profile, Programme programme, DateOnly today, string status, DateOnly? next, bool weakBudgetNote, bool includePartnerRoles,
        VerdictLog? log)
    {
        var explain = log is not null;
        var region = RegionRule.Judge(profile, programme, explain);
        var (applicant, partnerPossible) = ApplicantRule.Judge(profile, programme, explain);
        var role = MatchRoles.Applicant;
        if (partnerPossible && includePartnerRoles)
        {
            role = MatchRoles.Partner;
            applicant = RuleOutcome.Eligible(explain ? applicant.Reason + " Ihre Kommune kann als Kooperationspartner mitwirken." : string.Empty);
        }

        log?.MayApply.Add(region);
        log?.MayApply.Add(applicant);
        var conditions = programme.Conditions;
        var (population, populationMissing) = PopulationRule.Judge(profile, conditions.Population, log?.MayApply);
        var (area, areaMissing) = AreaRule.Judge(profile, conditions.Area, log?.MayApply);
        var mayApply = Truth.And(Truth.And(region.Eligibility, applicant.Eligibility), Truth.And(population, area));
        var missing = mayApply == Eligibility.Unknown ? populationMissing | areaMissing : ProfileFacts.None;

        RuleOutcome ownShare;
        if (role == MatchRoles.Applicant)
        {
            ownShare = OwnShareRule.Judge(profile, programme, weakBudgetNote, log?.CanAfford);
        }
        else
        {
            ownShare = RuleOutcome.Eligible(explain ? "Den Eigenanteil bringt der antragstellende Träger auf; Ihr Beitrag ist Verhandlungssache." : string.Empty);
        }

        log?.CanAfford.Insert(0, ownShare);
        if (ownShare.Eligibility == Eligibility.Unknown)
        {
            missing |= ownShare.Missing;
        }

        string inTime;
        if (log is not null)
        {
            var time = TimeRule.Judge(profile, programme, today, status, next);
            log.InTime.Add(time);
            inTime = time.Eligibility;
        }
        else
        {
            inTime = Time(profile, programme, today, status, next);
        }

        var judged = new Judged(mayApply, ownShare.Eligibility, inTime, role, missing);
        return judged.Eligibility == Eligibility.Ineligible ? judged with { Missing = ProfileFacts.None } : judged;
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

/// <summary>The explained outcomes of one programme, by verdict (the first of <see cref="CanAfford"/> is the own-share verdict).</summary>
internal sealed class VerdictLog
{
    public List<RuleOutcome> MayApply { get; } = new(4);
    public List<RuleOutcome> CanAfford { get; } = new(2);
    public List<RuleOutcome> InTime { get; } = new(1);
}
