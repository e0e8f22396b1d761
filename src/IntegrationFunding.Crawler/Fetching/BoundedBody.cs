namespace IntegrationFunding.Crawler.Fetching;

/// <summary>Reads a response body up to a limit and aborts (without reading further) past it.</summary>
internal static class BoundedBody
{
    public static async Task<byte[]> ReadAsync(HttpContent content, long limit, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength is { } declared && declared > limit)
        {
            throw new PageTooLargeException(limit);
        }

        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw new PageTooLargeException(limit);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
