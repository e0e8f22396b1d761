namespace IntegrationFunding.Api.Contracts;

/// <summary>A page of matches, best first.</summary>
public sealed record MatchesResponseDto(int Total, int Page, int PageSize, IReadOnlyList<MatchDto> Items);
