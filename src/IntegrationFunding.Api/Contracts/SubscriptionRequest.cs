using System.ComponentModel;

namespace IntegrationFunding.Api.Contracts;

/// <summary>Body of <c>POST /api/v1/subscriptions</c>: an address and either a profile or a saved search.</summary>
public sealed record SubscriptionRequest(
    [property: Description("E-Mail-Adresse, an die der Digest geht (erst nach Bestätigung).")] string? Email,
    [property: Description("ID eines Förderprofils; alternativ zu search.")] string? ProfileId,
    [property: Description("Gespeicherte Suche mit den Parametern von GET /api/v1/programmes; alternativ zu profileId.")] SavedSearchDto? Search,
    [property: Description("weekly (Standard, montags) oder daily.")] string? Frequency);

/// <summary>The search parameters of <c>GET /api/v1/programmes</c> that a digest can watch.</summary>
public sealed record SavedSearchDto(
    string? Q,
    string[]? Topic,
    string[]? Applicant,
    string[]? State,
    string[]? Level,
    string[]? TargetGroup,
    string[]? DeadlineType,
    decimal? MaxOwnShare,
    DateOnly? DeadlineFrom,
    DateOnly? DeadlineTo);

/// <summary>Answer to a subscription: nothing is sent before the address is confirmed.</summary>
public sealed record SubscriptionAcceptedDto(string Status, string Message);
