using System.ComponentModel.DataAnnotations;
using IntegrationFunding.Domain.Time;

namespace IntegrationFunding.Digest;

/// <summary>Digest behaviour, bound from the <c>Digest</c> section (and <c>PublicBaseUrl</c> at the root).</summary>
public sealed class DigestOptions
{
    public const string SectionName = "Digest";

    /// <summary>Runs the scheduled digest in the web host. Default false; the CLI <c>digest send</c> works either way.</summary>
    public bool Enabled { get; set; }

    /// <summary>HMAC-SHA256 key for confirm/unsubscribe tokens. Empty: a random key is generated and kept in the database.</summary>
    [StringLength(512)]
    public string? SigningKey { get; set; }

    /// <summary>
    /// Base address of links in mails (root key <c>PublicBaseUrl</c>). One rule: where a request exists (the
    /// confirmation mail of a subscription) the links default to that request's scheme and host; mails without a
    /// request (digests, scheduled or <c>cli digest send</c>) require it. No default.
    /// </summary>
    [Url]
    public string? PublicBaseUrl { get; set; }

    /// <summary>The configured base address for mails sent without a request; German error when it is missing (a method: options validation reads every property).</summary>
    public string RequiredBaseUrl() => PublicBaseUrl is { Length: > 0 } url
        ? url
        : throw new InvalidOperationException(MissingBaseUrl);

    public const string MissingBaseUrl =
        "PublicBaseUrl fehlt: Digest-E-Mails entstehen ohne Anfrage und brauchen die öffentliche Adresse der Seite (z. B. PublicBaseUrl=https://foerder.example.org).";

    /// <summary>Day on which weekly digests go out. Default Monday.</summary>
    public DayOfWeek WeeklyDay { get; set; } = DayOfWeek.Monday;

    /// <summary>
    /// When the scheduled run starts: a five-field cron expression in Europe/Berlin (<c>Digest__Schedule</c>).
    /// Default <c>0 7 * * *</c>, every day at 07:00: daily digests go out on every run, weekly ones on the run
    /// that falls on <see cref="WeeklyDay"/> (Monday 07:00).
    /// </summary>
    [Required(AllowEmptyStrings = false)]
    [CronSchedule]
    public string Schedule { get; set; } = DefaultSchedule;

    public const string DefaultSchedule = "0 7 * * *";

    /// <summary>Deadlines within this window count as "Frist läuft ab". Default 21 days.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "90.00:00:00")]
    public TimeSpan ClosingSoonWindow { get; set; } = TimeSpan.FromDays(21);

    /// <summary>Send a digest even when nothing is new, changed or closing. Default false.</summary>
    public bool SendEmptyDigests { get; set; }

    /// <summary>How long a confirmation link stays valid; unconfirmed subscriptions are deleted after it. Default 7 days.</summary>
    [Range(typeof(TimeSpan), "00:10:00", "60.00:00:00")]
    public TimeSpan ConfirmationTokenLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// How long sent or permanently failed outbox rows (key and times only) are kept before a digest run deletes
    /// them. At least 7 days, so the current period's key still prevents a second send. Default 30 days.
    /// </summary>
    [Range(typeof(TimeSpan), "7.00:00:00", "3650.00:00:00")]
    public TimeSpan OutboxRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How long an unsubscribe link in a mail stays valid. Default 730 days.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00")]
    public TimeSpan UnsubscribeTokenLifetime { get; set; } = TimeSpan.FromDays(730);

    /// <summary>Permanent delivery failures (5xx) after which a subscription is paused. Default 3.</summary>
    [Range(1, 100)]
    public int MaxBounces { get; set; } = 3;

    /// <summary>First retry delay after a temporary SMTP failure; doubles per attempt. Default 5 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Longest retry delay. Default 6 hours.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Most items per section; the rest is summarised with a link. Default 15.</summary>
    [Range(1, 200)]
    public int MaxItemsPerSection { get; set; } = 15;
}
