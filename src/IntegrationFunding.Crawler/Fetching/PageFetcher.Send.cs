using System.Net.Http.Headers;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace IntegrationFunding.Crawler.Fetching;

public sealed partial class PageFetcher
{
    private sealed record Attempt(HttpResponseMessage? Response, FetchResult? Result, int Attempts);

    /// <summary>One request through the host's pipeline; the body is read inside it so a cut-off body is retried.</summary>
    private async Task<Attempt> SendAsync(Uri url, FetchRequest request, CancellationToken cancellationToken)
    {
        var attempts = 0;
        var limit = request.MaxBytes ?? Options.MaxPageBytes;
        try
        {
            var response = await pipelines.For(url).ExecuteAsync(
                async token =>
                {
                    attempts++;
                    using var message = new HttpRequestMessage(HttpMethod.Get, url);
                    if (request.ETag is not null && EntityTagHeaderValue.TryParse(request.ETag, out var etag))
                    {
                        message.Headers.IfNoneMatch.Add(etag);
                    }

                    if (request.LastModified is not null && DateTimeOffset.TryParse(request.LastModified, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var since))
                    {
                        message.Headers.IfModifiedSince = since;
                    }

                    var received = await http.Client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, token);
                    if (!received.IsSuccessStatusCode)
                    {
                        return received;
                    }

                    try
                    {
                        var body = await BoundedBody.ReadAsync(received.Content, limit, token);
                        var buffered = new ByteArrayContent(body);
                        foreach (var header in received.Content.Headers)
                        {
                            buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
                        }

                        buffered.Headers.ContentLength = body.Length;
                        received.Content = buffered;
                        return received;
                    }
                    catch
                    {
                        received.Dispose();
                        throw;
                    }
                },
                cancellationToken);
            return new Attempt(response, null, attempts);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (PageTooLargeException ex)
        {
            return new Attempt(null, FetchResult.Fail(url, FailureKinds.TooLarge, ex.Message), attempts);
        }
        catch (TimeoutRejectedException)
        {
            return new Attempt(null, FetchResult.Fail(url, FailureKinds.Timeout, $"Zeitüberschreitung nach {Options.RequestTimeout.TotalSeconds:0.###} s ({attempts} Versuche).") with { Attempts = attempts }, attempts);
        }
        catch (BrokenCircuitException)
        {
            return new Attempt(null, FetchResult.Fail(url, FailureKinds.CircuitOpen, CircuitOpen.Reason(url)) with { Attempts = attempts }, attempts);
        }
        catch (InvalidDataException ex)
        {
            // A body announced as gzip/deflate/br that does not decompress: the page fails, the crawl goes on.
            return new Attempt(null, FetchResult.Fail(url, FailureKinds.Compression, $"Antwort nicht entpackbar (Content-Encoding defekt): {ex.Message}") with { Attempts = attempts }, attempts);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            return new Attempt(null, FetchResult.Fail(url, FailureKinds.Network, $"Netzwerkfehler nach {attempts} Versuchen: {ex.Message}") with { Attempts = attempts }, attempts);
        }
    }
}
