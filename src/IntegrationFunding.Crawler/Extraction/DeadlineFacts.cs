using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.Crawler.Extraction;

/// <summary>
/// What a text says about when to apply: the deadline type (<see cref="DeadlineTypes"/>), dated deadlines (sorted),
/// and the programme's own start and end (which are not deadlines), each with evidence.
/// </summary>
public sealed record DeadlineFacts(
    string DeadlineType,
    IReadOnlyList<DateOnly> Deadlines,
    DateOnly? ProgrammeStart,
    DateOnly? ProgrammeEnd,
    Evidence? DeadlineTypeEvidence,
    Evidence? DeadlinesEvidence,
    Evidence? ProgrammeStartEvidence,
    Evidence? ProgrammeEndEvidence)
{
    public static DeadlineFacts Unknown { get; } = new(DeadlineTypes.Unknown, [], null, null, null, null, null, null);
}
