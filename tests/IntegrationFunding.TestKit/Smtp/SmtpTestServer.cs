using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace IntegrationFunding.TestKit.Smtp;

/// <summary>
/// A real SMTP server on 127.0.0.1 (Debian's aiosmtpd via <c>/usr/bin/python3</c>, script <c>smtp_sink.py</c>)
/// that stores every accepted mail in <see cref="Folder"/>. Stop and start it to simulate a relay outage.
/// </summary>
public sealed class SmtpTestServer : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly TempDirectory _directory = new();
    private readonly string[] _options;
    private Process? _process;

    /// <param name="smtpUtf8">Offer SMTPUTF8 (RFC 6531).</param>
    /// <param name="credentials">Require AUTH with these credentials ("user:password").</param>
    public SmtpTestServer(bool smtpUtf8 = false, string? credentials = null)
    {
        _options = [.. smtpUtf8 ? ["--smtputf8"] : Array.Empty<string>(), .. credentials is null ? [] : new[] { "--auth", credentials }];
        Port = FreePort();
        Start();
    }

    public int Port { get; }

    public string Folder => _directory.Path;

    public void Start()
    {
        if (_process is not null)
        {
            return;
        }

        var script = Path.Combine(AppContext.BaseDirectory, "Smtp", "smtp_sink.py");
        var info = new ProcessStartInfo("/usr/bin/python3", [script, "127.0.0.1", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), Folder, .. _options])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(info) ?? throw new InvalidOperationException("python3 did not start");
        var ready = process.StandardOutput.ReadLineAsync();
        if (!ready.Wait(TimeSpan.FromSeconds(15)) || ready.Result != "ready")
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException("SMTP test server did not start: " + process.StandardError.ReadToEnd());
        }

        _process = process;
    }

    public void Stop()
    {
        if (_process is null)
        {
            return;
        }

        _process.Kill(entireProcessTree: true);
        _process.WaitForExit(5000);
        _process.Dispose();
        _process = null;
    }

    /// <summary>All mails received so far, oldest first.</summary>
    public IReadOnlyList<ReceivedMail> Messages() =>
        Directory.GetFiles(Folder, "*.json").Order(StringComparer.Ordinal).Select(Read).ToList();

    /// <summary>Waits until at least <paramref name="count"/> mails arrived.</summary>
    public async Task<IReadOnlyList<ReceivedMail>> WaitForAsync(int count, TimeSpan? timeout = null)
    {
        var until = Stopwatch.StartNew();
        while (until.Elapsed < (timeout ?? TimeSpan.FromSeconds(10)))
        {
            var messages = Messages();
            if (messages.Count >= count)
            {
                return messages;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"Expected {count} mails, got {Messages().Count}.");
    }

    public void Dispose()
    {
        Stop();
        _directory.Dispose();
    }

    private static ReceivedMail Read(string path)
    {
        var raw = JsonSerializer.Deserialize<RawMail>(File.ReadAllText(path), Json)!;
        return new ReceivedMail(raw.To, raw.Subject, raw.Headers, raw.Text, raw.Html, Path.ChangeExtension(path, ".eml"))
        {
            ContentType = raw.ContentType,
            SmtpUtf8 = raw.SmtpUtf8,
        };
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed record RawMail(
        List<string> To, string Subject, Dictionary<string, string> Headers, string? Text, string? Html, string? ContentType, bool SmtpUtf8);
}
