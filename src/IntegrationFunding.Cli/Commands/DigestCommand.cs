using System.CommandLine;
using IntegrationFunding.Digest.Scheduling;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationFunding.Cli.Commands;

/// <summary><c>digest send [--dry-run]</c>: composes and sends due digests; with --dry-run only prints what would be sent.</summary>
internal static class DigestCommand
{
    public static Command Create(IServiceProvider services)
    {
        var dryRun = new Option<bool>("--dry-run") { Description = "Nur anzeigen, was gesendet würde; nichts senden oder speichern." };
        var send = new Command("send", "Fällige Digests zusammenstellen und senden (Postausgang mit Wiederholung).") { dryRun };
        send.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var report = await services.GetRequiredService<DigestRunner>().RunAsync(parse.GetValue(dryRun), cancellationToken: cancellationToken);
            foreach (var mail in report.Previews)
            {
                await output.WriteLineAsync($"An: {mail.To}");
                await output.WriteLineAsync($"Betreff: {mail.Subject}");
                if (parse.GetValue(dryRun))
                {
                    await output.WriteLineAsync(mail.Text);
                }
            }

            await output.WriteLineAsync(parse.GetValue(dryRun)
                ? $"Probelauf: {report.Previews.Count} Digest(s) würden gesendet, {report.Empty} ohne Neuigkeiten, {report.AlreadyQueued} schon versandt."
                : $"{report.Queued} Digest(s) eingereiht, {report.Dispatch.Sent} E-Mail(s) gesendet, {report.Dispatch.Retrying} warten auf neuen Versuch, {report.Dispatch.Failed} abgelehnt.");
            await output.WriteLineAsync(parse.GetValue(dryRun)
                ? $"Aufräumen (Probelauf): {report.Retention.Subscriptions} unbestätigte Bestellung(en) und {report.Retention.Mails} alte E-Mail(s) würden gelöscht."
                : $"Aufgeräumt: {report.Retention.Subscriptions} unbestätigte Bestellung(en) und {report.Retention.Mails} alte E-Mail(s) gelöscht.");
            if (report.ProfileGone > 0)
            {
                await output.WriteLineAsync(parse.GetValue(dryRun)
                    ? $"{report.ProfileGone} Bestellung(en) zu gelöschten Förderprofilen würden übersprungen und gelöscht."
                    : $"{report.ProfileGone} Bestellung(en) zu gelöschten Förderprofilen übersprungen und gelöscht.");
            }

            return report.Dispatch.Retrying > 0 ? ExitCodes.Failure : ExitCodes.Success;
        });
        var command = new Command("digest", "Förder-Digests per E-Mail.") { send };
        return command;
    }
}
