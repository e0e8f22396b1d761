using IntegrationFunding.Domain.Changes;
using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.Digest.Composition;

/// <summary>
/// Programmes marked removed (missing from several successful crawls of their source) are no longer in the
/// search index; their last stored version still tells the subscriber what has probably ended.
/// </summary>
public sealed partial class DigestComposer
{
    /// <summary>Programmes whose last event of the period is <c>removed</c> and that are still removed now, by id.</summary>
    private async Task<Dictionary<string, Programme>> RemovedAsync(IEnumerable<ChangeEvent> events, CancellationToken cancellationToken)
    {
        var removed = new Dictionary<string, Programme>(StringComparer.Ordinal);
        foreach (var group in events.GroupBy(e => e.ProgrammeId, StringComparer.Ordinal))
        {
            if (group.MaxBy(e => e.Sequence)!.Kind == ChangeKinds.Removed
                && await search.FindAsync(group.Key, cancellationToken) is null
                && await store.GetIncludingRemovedAsync(group.Key, cancellationToken) is { } programme)
            {
                removed[group.Key] = programme;
            }
        }

        return removed;
    }

    /// <summary>
    /// A removed programme under *Beendet*: no "noch N Tage" (its deadlines are no longer confirmed by the source),
    /// and the link goes to the official page, since our programme page no longer shows it.
    /// </summary>
    private DigestItem RemovedItem(Programme programme, IReadOnlyList<string> reasons, DateOnly today)
    {
        var deadline = ProgrammeTimeline.NextDeadline(programme, today) is { } next
            ? $"Zuletzt genannt: {GermanFormat.Date(next)} – bitte beim Fördergeber prüfen."
            : "Keine Anträge mehr bekannt – bitte beim Fördergeber prüfen.";
        var link = Uri.TryCreate(programme.Url, UriKind.Absolute, out var official) && (official.Scheme == Uri.UriSchemeHttps || official.Scheme == Uri.UriSchemeHttp)
            ? official.AbsoluteUri
            : Links.Programme(options.Value.RequiredBaseUrl(), programme.Id);
        return new DigestItem(
            programme, reasons, [ChangeDescriber.Removed], ItemFacts.Applicants(programme), ItemFacts.OwnShare(programme), deadline, null, link);
    }
}
