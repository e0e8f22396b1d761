using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.Search.Indexing;

/// <summary>
/// An immutable view of all programmes for filtering and facets, built from one generation of the programme
/// table. Per-day views (status, next deadline) are computed once and cached.
/// </summary>
internal sealed class SearchSnapshot(long generation, IReadOnlyList<Programme> programmes)
{
    private (DateOnly Day, IReadOnlyList<IndexedProgramme> Entries)? _day;

    public long Generation { get; } = generation;

    public IReadOnlyList<Programme> Programmes { get; } = programmes;

    public IReadOnlyDictionary<string, Programme> ById { get; } = programmes.ToDictionary(p => p.Id, StringComparer.Ordinal);

    public static SearchSnapshot Empty { get; } = new(-1, []);

    public IReadOnlyList<IndexedProgramme> ForDay(DateOnly today)
    {
        var cached = _day;
        if (cached is { } c && c.Day == today)
        {
            return c.Entries;
        }

        var entries = Programmes
            .Select(p => new IndexedProgramme(p, ProgrammeTimeline.Status(p, today), ProgrammeTimeline.NextDeadline(p, today)))
            .ToArray();
        _day = (today, entries);
        return entries;
    }
}
