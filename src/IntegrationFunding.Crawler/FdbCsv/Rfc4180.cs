using CsvHelper;

namespace IntegrationFunding.Crawler.FdbCsv;

/// <summary>
/// RFC 4180 records (comma, double quotes, doubled quotes inside, line breaks inside quoted fields), read by
/// CsvHelper's reader; a table it cannot read becomes a <see cref="FormatException"/> with a German message.
/// </summary>
public static class Rfc4180
{
    private static readonly CsvReaderOptions Options = new()
    {
        Separator = ',',
        HasHeader = false,
        AllowLineBreaksInQuotes = true,
        SkipEmptyLines = true,
        TrackLineNumbers = true,
    };

    public static IEnumerable<IReadOnlyList<string>> Records(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        using var csv = CsvReader.Create(reader, Options, leaveOpen: true);
        while (Next(csv))
        {
            var fields = new string[csv.FieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = csv.GetString(i);
            }

            yield return fields;
        }
    }

    /// <summary>One record, every field quoted (for writing test tables and fixtures).</summary>
    public static string Write(IEnumerable<string?> fields) =>
        string.Join(',', fields.Select(f => "\"" + (f ?? "").Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")) + "\n";

    private static bool Next(CsvReader csv)
    {
        try
        {
            return csv.Read();
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            throw new FormatException($"CSV nicht lesbar (Zeile {csv.LineNumber}): {ex.Message}", ex);
        }
    }
}
