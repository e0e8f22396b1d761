using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.Search.Querying;

/// <summary>
/// One search result. <see cref="Highlights"/> maps a field name (name, summary) to HTML-escaped text in which
/// the matched words are wrapped in &lt;mark&gt;.
/// </summary>
public sealed record SearchHit(
    Programme Programme,
    double Score,
    string Status,
    DateOnly? NextDeadline,
    bool OwnShareUnknown,
    IReadOnlyDictionary<string, string> Highlights);
