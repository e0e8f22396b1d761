namespace IntegrationFunding.Crawler.Extraction;

/// <summary>What a percentage in a funding text refers to.</summary>
public enum PercentRole
{
    Other,
    FundingRate,
    OwnShare,
}

/// <summary>
/// A percentage in a sentence with its role, and whether it is a special rate (financially weak municipalities,
/// exceptions, raised or reduced rates) rather than the general one.
/// </summary>
public sealed record PercentMention(decimal Value, PercentRole Role, bool IsSpecial, int Index);
