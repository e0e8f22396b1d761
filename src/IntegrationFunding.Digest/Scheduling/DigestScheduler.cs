using IntegrationFunding.Digest.Delivery;
using IntegrationFunding.Domain.Time;
using IntegrationFunding.Storage.Digest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationFunding.Digest.Scheduling;

/// <summary>
/// The host's digest clock (only when <c>Digest__Enabled</c> is true): sleeps on the TimeProvider until the next
/// occurrence of the cron <c>Schedule</c> in Berlin (weekly digests on <c>WeeklyDay</c>) or the next outbox retry.
/// </summary>
public sealed class DigestScheduler(IServiceProvider services, TimeProvider time, IOptions<DigestOptions> options, ILogger<DigestScheduler> logger)
    : BackgroundService
{
    private static readonly TimeSpan AfterError = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        var outbox = services.GetRequiredService<OutboxStore>();
        var schedule = BerlinCronSchedule.Parse(options.Value.Schedule);
        var nextRun = schedule.Next(time.GetUtcNow());
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var retry = await outbox.NextDueAsync(stoppingToken);
                var wake = retry is { } r && r < nextRun ? r : nextRun;
                await BerlinCronSchedule.DelayUntilAsync(wake, time, stoppingToken);

                if (time.GetUtcNow() >= nextRun)
                {
                    var report = await services.GetRequiredService<DigestRunner>().RunAsync(dryRun: false, scheduled: true, stoppingToken);
                    logger.LogInformation(
                        "Digest-Lauf: {Queued} neu eingereiht, {Sent} gesendet, {Retrying} warten auf neuen Versuch; gelöscht: {Subscriptions} unbestätigte Bestellung(en), {Mails} alte E-Mail(s).",
                        report.Queued, report.Dispatch.Sent, report.Dispatch.Retrying, report.Retention.Subscriptions, report.Retention.Mails);
                    nextRun = schedule.Next(time.GetUtcNow());
                }
                else
                {
                    await services.GetRequiredService<OutboxDispatcher>().DispatchAsync(cancellationToken: stoppingToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Digest-Lauf fehlgeschlagen; neuer Versuch in {Delay}.", AfterError);
                await Task.Delay(AfterError, time, stoppingToken);
            }
        }
    }
}
