using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace IntegrationFunding.Digest.Subscriptions;

/// <summary>
/// Sliding-window counters (on the injected <see cref="TimeProvider"/>) for confirmation mails: per address and
/// target, per address, per client. Keys are SHA-256 hashes, so no address is held in clear text. A request
/// is allowed only when all three counters have room; only then are they charged.
/// </summary>
public sealed class ConfirmationLimiter(IOptions<ConfirmationLimitOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _windows = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public bool TryAcquire(string email, string target, string? client)
    {
        ArgumentNullException.ThrowIfNull(email);
        var o = options.Value;
        var address = email.Trim().ToLowerInvariant();
        var limits = new List<(string Key, int Limit)>
        {
            (Hash("target", address + "\n" + target), o.PerAddressAndTarget),
            (Hash("address", address), o.PerAddress),
        };
        if (!string.IsNullOrEmpty(client))
        {
            limits.Add((Hash("client", client), o.PerClient));
        }

        var now = time.GetUtcNow();
        lock (_gate)
        {
            Prune(now - o.Window);
            if (limits.Any(l => _windows.TryGetValue(l.Key, out var q) && q.Count >= l.Limit))
            {
                return false;
            }

            foreach (var (key, _) in limits)
            {
                _windows.GetOrAdd(key, _ => new Queue<DateTimeOffset>()).Enqueue(now);
            }

            return true;
        }
    }

    private void Prune(DateTimeOffset before)
    {
        foreach (var (key, queue) in _windows)
        {
            while (queue.TryPeek(out var at) && at <= before)
            {
                queue.Dequeue();
            }

            if (queue.Count == 0)
            {
                _windows.TryRemove(key, out _);
            }
        }
    }

    private static string Hash(string kind, string value) =>
        kind + ":" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}
