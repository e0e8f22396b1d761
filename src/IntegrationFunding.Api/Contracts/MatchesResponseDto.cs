namespace IntegrationFunding.Api.Contracts;

/// <summary>A page of matches, best first.</summary>
public sealed record MatchesResponseDto(int Total, int Page, int PageSize, IReadOnlyList<MatchDto> Items)
{
    /// <summary>What to clarify next: missing profile facts, most deciding first.</summary>
    [System.ComponentModel.Description("Was als Nächstes zu klären ist: fehlende Profilangaben, die die meisten unklaren Programme entscheiden würden.")]
    public IReadOnlyList<ClarificationDto> Clarifications { get; init; } = [];
}
