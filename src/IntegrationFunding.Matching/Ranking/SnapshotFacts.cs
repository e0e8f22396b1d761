using System.Runtime.CompilerServices;
using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Matching.Rules;

namespace IntegrationFunding.Matching.Ranking;

/// <summary>
/// Facts about a programme list that do not depend on the profile, computed once per list. Arrays (such as the
/// search snapshot's programme array) are treated as immutable snapshots and cached by instance; any other list is
/// judged afresh on every call, because it may change between calls.
/// </summary>
internal sealed class SnapshotFacts
{
    private static readonly ConditionalWeakTable<Programme[], SnapshotFacts> Cache = new();

    private DayFacts? _day;

    private SnapshotFacts(IReadOnlyList<Programme> programmes)
    {
        Programmes = programmes;
        WeakBudgetNote = new bool[programmes.Count];
        PositionOf = new Dictionary<string, int>(programmes.Count, StringComparer.Ordinal);
        for (var i = 0; i < programmes.Count; i++)
        {
            WeakBudgetNote[i] = OwnShareRule.MentionsWeakBudget(programmes[i].OwnShareNote);
            PositionOf.TryAdd(programmes[i].Id, i);
        }
    }

    public IReadOnlyList<Programme> Programmes { get; }

    /// <summary>Per position: the own-share note mentions special rules for financially weak municipalities.</summary>
    public bool[] WeakBudgetNote { get; }

    /// <summary>Programme id → first position in the list.</summary>
    public Dictionary<string, int> PositionOf { get; }

    public static SnapshotFacts Of(IReadOnlyList<Programme> programmes) =>
        programmes is Programme[] array ? Cache.GetValue(array, static a => new SnapshotFacts(a)) : new SnapshotFacts(programmes);

    /// <summary>Status and next deadline of every programme on the given day (the last day asked for is kept).</summary>
    public DayFacts On(DateOnly today)
    {
        var day = Volatile.Read(ref _day);
        if (day is null || day.Today != today)
        {
            day = new DayFacts(Programmes, today);
            Volatile.Write(ref _day, day);
        }

        return day;
    }
}
