using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace IntegrationFunding.TestKit.Logging;

/// <summary>
/// A logger provider that keeps every entry: the rendered message, each structured value, the exception and the
/// values of all active scopes (request id, trace id, …), so a test can search everything that would reach a sink.
/// </summary>
public sealed class CapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<CapturedLog> _entries = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<CapturedLog> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class CapturingLogger(CapturingLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => provider._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            ArgumentNullException.ThrowIfNull(formatter);
            var values = new List<KeyValuePair<string, string?>>();
            Collect(state, values);
            provider._scopes.ForEachScope((scope, list) => Collect(scope, list), values);
            provider._entries.Enqueue(new CapturedLog(category, logLevel, formatter(state, exception), values, exception?.ToString()));
        }

        private static void Collect(object? state, List<KeyValuePair<string, string?>> values)
        {
            if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
            {
                values.AddRange(pairs.Select(p => new KeyValuePair<string, string?>(p.Key, Convert.ToString(p.Value, System.Globalization.CultureInfo.InvariantCulture))));
            }
            else if (state is not null)
            {
                values.Add(new KeyValuePair<string, string?>("Scope", state.ToString()));
            }
        }
    }
}

/// <summary>One captured log entry; <see cref="AllText"/> is everything in it as one string.</summary>
public sealed record CapturedLog(string Category, LogLevel Level, string Message, IReadOnlyList<KeyValuePair<string, string?>> Values, string? Exception)
{
    public string AllText => string.Join('\n', [Category, Message, .. Values.Select(v => $"{v.Key}={v.Value}"), Exception ?? string.Empty]);
}
