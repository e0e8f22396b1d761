using System.Diagnostics.Metrics;

namespace IntegrationFunding.Digest.Delivery;

/// <summary>
/// The outbox's meter <c>IntegrationFunding.Digest</c> (Prometheus names <c>integrationfunding_digest_outbox_*</c>) (System.Diagnostics.Metrics; the web host exports it on
/// <c>/metrics</c>): mails queued by kind, sent, retried and permanently failed.
/// </summary>
public static class OutboxMetrics
{
    public const string MeterName = "IntegrationFunding.Digest";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Queued = Meter.CreateCounter<long>("outbox.queued", "{mail}", "Mails put into the outbox");
    private static readonly Counter<long> Sent = Meter.CreateCounter<long>("outbox.sent", "{mail}", "Mails the relay accepted");
    private static readonly Counter<long> Retried = Meter.CreateCounter<long>("outbox.retried", "{mail}", "Temporary delivery failures (retried later)");
    private static readonly Counter<long> Failed = Meter.CreateCounter<long>("outbox.failed", "{mail}", "Permanent delivery failures (bounces)");

    public static void RecordQueued(string kind) => Queued.Add(1, new KeyValuePair<string, object?>("kind", kind));

    internal static void RecordSent() => Sent.Add(1);

    internal static void RecordRetried() => Retried.Add(1);

    internal static void RecordFailed() => Failed.Add(1);
}
