using IntegrationFunding.Api.Contracts;
using IntegrationFunding.Domain.Profiles;
using IntegrationFunding.Matching;
using IntegrationFunding.Matching.Conditions;
using IntegrationFunding.Matching.Verdicts;

namespace IntegrationFunding.Api.Profiles;

/// <summary>Maps profiles and matches between the domain and the public contract.</summary>
public static class ProfileMapping
{
    public static ProfileDto ToDto(this MunicipalityProfile p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new(p.Id, p.Name, p.Ags, p.State, p.Kind, p.Population, p.MaxOwnSharePercent, p.BudgetConsolidation,
            p.Goals.Select(ToDto).ToList(), p.TargetGroups, p.HorizonMonths) { StructurallyWeak = p.StructurallyWeak };
    }

    public static ProfileGoalDto ToDto(this ProfileGoal goal)
    {
        ArgumentNullException.ThrowIfNull(goal);
        return new(goal.Topic, goal.Priority, goal.Text);
    }

    public static MatchDto ToDto(this ProgrammeMatch m, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(m);
        return new(m.Programme.ToDto(today), m.Score, m.Eligibility, m.Role, m.Reasons, m.Warnings, m.MatchedGoals.Select(ToDto).ToList())
        {
            Verdicts = new MatchVerdictsDto(ToDto(m.Verdicts.MayApply), ToDto(m.Verdicts.CanAfford), ToDto(m.Verdicts.InTime), m.Verdicts.Badge),
        };
    }

    public static ClarificationDto ToDto(this Clarification c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(c.Field, c.Programmes, c.Sentence);
    }

    private static VerdictDto ToDto(VerdictPart part) => new(part.Eligibility, part.Sentence);

    /// <summary>A validated request as a domain profile (id empty until stored).</summary>
    internal static MunicipalityProfile ToDomain(this ProfileRequest r, string id) => new()
    {
        Id = id,
        Name = r.Name!.Trim(),
        Ags = string.IsNullOrWhiteSpace(r.Ags) ? null : r.Ags.Trim(),
        State = r.State!,
        Kind = r.Kind!,
        Population = r.Population,
        MaxOwnSharePercent = r.MaxOwnSharePercent,
        BudgetConsolidation = r.BudgetConsolidation,
        StructurallyWeak = r.StructurallyWeak,
        Goals = (r.Goals ?? []).Select(g => new ProfileGoal(g.Topic!, g.Priority!.Value, string.IsNullOrWhiteSpace(g.Text) ? null : g.Text.Trim())).ToList(),
        TargetGroups = (r.TargetGroups ?? []).Distinct(StringComparer.Ordinal).ToList(),
        HorizonMonths = r.HorizonMonths ?? 12,
    };
}
