using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.Digest.Composition;

/// <summary>
/// One programme in a digest: why it matters to the subscriber, what changed (German lines), who may apply,
/// the own share, the next deadline with the days left, and the link to its page.
/// </summary>
public sealed record DigestItem(
    Programme Programme,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<string> Changes,
    string Applicants,
    string OwnShare,
    string Deadline,
    int? DaysLeft,
    string Link);
