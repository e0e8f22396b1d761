using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.Crawler.Extraction;

/// <summary>
/// The stated minimum own share (Eigenanteil) in percent and a note on co-financing (reduced shares for financially
/// weak municipalities, what counts as own contribution). Either part may be missing.
/// </summary>
public sealed record OwnShare(decimal? MinPercent, string? Note, Evidence? MinPercentEvidence, Evidence? NoteEvidence);
