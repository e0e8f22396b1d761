using IntegrationFunding.Matching.Conditions;

namespace IntegrationFunding.Matching.Ranking;

/// <summary>A programme that made the list: its position in the programme list, its (rounded) score, its eligibility and the profile facts it misses.</summary>
internal readonly record struct RankedPosition(int Position, double Score, string Eligibility = Matching.Eligibility.Eligible, ProfileFacts Missing = ProfileFacts.None);
