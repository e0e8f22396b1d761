using IntegrationFunding.Domain.Changes;
using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Search.Querying;
using IntegrationFunding.Storage.Digest;
using IntegrationFunding.Storage.Programmes;
using Microsoft.Extensions.Options;

namespace IntegrationFunding.Digest.Composition;

/// <summary>
/// Builds a digest from the change events of a period and the current programmes: new, changed (merged
/// field changes), ended (closed, or removed: its last stored version, see <c>DigestComposer.Removed.cs</c>), and
/// closing soon (next deadline within the window).
/// </summary>
public sealed partial class DigestComposer(
    ChangeLog changes, ProgrammeSearch search, ProgrammeStore store, AudienceResolver audiences, IOptions<DigestOptions> options)
{
    private const int PageSize = 500;

    public async Task<DigestContent> ComposeAsync(
        StoredSubscription subscription, DateTimeOffset since, DateTimeOffset until, DateOnly today, CancellationToken cancellationToken = default)
    {
        await search.CatchUpAsync(cancellationToken);
        var events = await EventsAsync(since, until, cancellationToken);
        var removed = await RemovedAsync(events, cancellationToken);
        var audience = await audiences.ResolveAsync(subscription, today, [.. removed.Values], cancellationToken);
        var sections = DigestSections.Ordered.ToDictionary(s => s, _ => new List<DigestItem>(), StringComparer.Ordinal);
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in events.GroupBy(e => e.ProgrammeId, StringComparer.Ordinal))
        {
            if (!audience.Programmes.TryGetValue(group.Key, out var reasons))
            {
                continue;
            }

            if (removed.TryGetValue(group.Key, out var gone))
            {
                sections[DigestSections.Ended].Add(RemovedItem(gone, reasons, today));
                listed.Add(gone.Id);
                continue;
            }

            if (await search.FindAsync(group.Key, cancellationToken) is not { } programme)
            {
                continue;
            }

            var kinds = group.Select(e => e.Kind).ToHashSet(StringComparer.Ordinal);
            var fields = Merge(group);
            var status = ProgrammeTimeline.Status(programme, today);
            var section = kinds.Contains(ChangeKinds.New) ? DigestSections.New
                : kinds.Contains(ChangeKinds.Closed) || status == ProgrammeStatus.Closed ? DigestSections.Ended
                : fields.Count > 0 ? DigestSections.Changed
                : null;
            if (section is not null)
            {
                sections[section].Add(Item(programme, reasons, section == DigestSections.New ? [] : ChangeDescriber.Describe(fields), today));
                listed.Add(programme.Id);
            }
        }

        var horizon = today.AddDays((int)options.Value.ClosingSoonWindow.TotalDays);
        foreach (var (id, reasons) in audience.Programmes)
        {
            if (listed.Contains(id) || await search.FindAsync(id, cancellationToken) is not { } programme)
            {
                continue;
            }

            if (ProgrammeTimeline.Status(programme, today) == ProgrammeStatus.Open
                && ProgrammeTimeline.NextDeadline(programme, today) is { } next && next <= horizon)
            {
                sections[DigestSections.ClosingSoon].Add(Item(programme, reasons, [], today));
            }
        }

        var ordered = sections.ToDictionary(
            s => s.Key,
            s => (IReadOnlyList<DigestItem>)s.Value.OrderBy(i => i.DaysLeft ?? int.MaxValue).ThenBy(i => i.Programme.Name, StringComparer.Ordinal).ToList(),
            StringComparer.Ordinal);
        return new DigestContent(since, until, today, audience.Label, ordered);
    }

    private async Task<List<ChangeEvent>> EventsAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var all = new List<ChangeEvent>();
        long after = 0;
        while (true)
        {
            var page = await changes.SinceAsync(since, PageSize, after, cancellationToken);
            all.AddRange(page.Where(e => e.OccurredAt <= until));
            if (page.Count < PageSize)
            {
                return all;
            }

            after = page[^1].Sequence;
        }
    }

    /// <summary>Per field, the value before the first change and after the last; fields that came back are dropped.</summary>
    private static List<FieldChange> Merge(IEnumerable<ChangeEvent> events)
    {
        var merged = new Dictionary<string, FieldChange>(StringComparer.Ordinal);
        foreach (var field in events.OrderBy(e => e.Sequence).SelectMany(e => e.Fields))
        {
            merged[field.Field] = merged.TryGetValue(field.Field, out var first) ? first with { NewValue = field.NewValue } : field;
        }

        return merged.Values.Where(f => !string.Equals(f.OldValue, f.NewValue, StringComparison.Ordinal)).ToList();
    }

    private DigestItem Item(Programme programme, IReadOnlyList<string> reasons, IReadOnlyList<string> changeLines, DateOnly today)
    {
        var (deadline, daysLeft) = ItemFacts.Deadline(programme, today);
        return new DigestItem(
            programme, reasons, changeLines, ItemFacts.Applicants(programme), ItemFacts.OwnShare(programme), deadline, daysLeft,
            Links.Programme(options.Value.RequiredBaseUrl(), programme.Id));
    }
}
