using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.Matching.Ranking;

/// <summary>Status and next deadline of every programme of a list on one day.</summary>
internal sealed class DayFacts
{
    public DayFacts(IReadOnlyList<Programme> programmes, DateOnly today)
    {
        Today = today;
        Status = new string[programmes.Count];
        Next = new DateOnly?[programmes.Count];
        for (var i = 0; i < programmes.Count; i++)
        {
            Status[i] = ProgrammeTimeline.Status(programmes[i], today);
            Next[i] = ProgrammeTimeline.NextDeadline(programmes[i], today);
        }
    }

    public DateOnly Today { get; }

    public string[] Status { get; }

    public DateOnly?[] Next { get; }
}
