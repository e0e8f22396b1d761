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

    /// <summary>Yearly deadlines without a year ("jährlich zum 15. Mai" → (5, 15)).</summary>
    public IReadOnlyList<(int Month, int Day)> PeriodicDates { get; init; } = [];

    /// <summary>The day applications open ("ab dem 1. März 2027", "Opening date").</summary>
    public DateOnly? OpeningDate { get; init; }

    public Evidence? OpeningDateEvidence { get; init; }
}
