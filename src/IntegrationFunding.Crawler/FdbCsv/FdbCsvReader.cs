using System.Text.Json;

namespace IntegrationFunding.Crawler.FdbCsv;

/// <summary>
/// Reads CorrelAid's <c>programme.csv</c> (UTF-8, RFC 4180, header row; category cells are JSON arrays of codes).
/// Columns are found by name, so extra or reordered columns of the live dataset do no harm. A file without the
/// identity columns, or a row that cannot be read, raises a <see cref="FormatException"/> with a German message.
/// </summary>
public static class FdbCsvReader
{
    private static readonly string[] RequiredColumns = ["url", "title", "id_url", "id_hash"];

    public static IReadOnlyList<FdbCsvRow> Read(Stream csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        using var text = new StreamReader(csv, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var records = Rfc4180.Records(text).GetEnumerator();
        if (!records.MoveNext())
        {
            throw new FormatException("Die CSV-Datei ist leer (keine Kopfzeile).");
        }

        var header = records.Current.Select(h => h.Trim()).ToList();
        var missing = RequiredColumns.Where(c => !header.Contains(c, StringComparer.Ordinal)).ToList();
        if (missing.Count > 0)
        {
            throw new FormatException($"Keine programme.csv der Förderdatenbank: Spalte(n) {string.Join(", ", missing)} fehlen.");
        }

        var index = header.Select((name, i) => (name, i)).GroupBy(x => x.name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        var rows = new List<FdbCsvRow>();
        var line = 1;
        while (records.MoveNext())
        {
            line++;
            var record = records.Current;
            if (record.Count == 1 && record[0].Length == 0)
            {
                continue;
            }

            var row = ReadRow(record, index, line);
            if (row is not null)
            {
                rows.Add(row);
            }
        }

        return rows;
    }

    private static FdbCsvRow? ReadRow(IReadOnlyList<string> record, Dictionary<string, int> index, int line)
    {
        string? Cell(string name) =>
            index.TryGetValue(name, out var i) && i < record.Count && !string.IsNullOrWhiteSpace(record[i]) ? record[i] : null;
        IReadOnlyList<string> Codes(string name) => ParseCodes(Cell(name), name, line);

        var url = Cell("url");
        var title = Cell("title");
        var idUrl = Cell("id_url");
        var idHash = Cell("id_hash");
        if (url is null || title is null || (idUrl is null && idHash is null))
        {
            return null;
        }

        return new FdbCsvRow
        {
            Url = url.Trim(),
            Title = title.Trim(),
            IdUrl = idUrl?.Trim() ?? "",
            IdHash = idHash?.Trim() ?? "",
            ShortDescription = Cell("short_description"),
            Description = Cell("description"),
            LegalBasis = Cell("legal_basis"),
            LegalRequirements = Cell("legal_requirements"),
            Deadlines = Cell("deadlines"),
            Procedure = Cell("procedure"),
            StatusNote = Cell("status_note"),
            FundingOrganisation = Cell("funding_organisation"),
            FundingTypes = Codes("funding_type"),
            EligibleApplicants = Codes("eligible_applicants"),
            FundingAreas = Codes("funding_area"),
            FundingSubareas = Codes("funding_subarea"),
            FundingBodies = Codes("funding_body"),
            FundingLocations = Codes("funding_location"),
            LicenseInfo = Cell("license_info"),
            OnWebsiteFrom = Cell("on_website_from"),
            LastUpdated = Cell("last_updated"),
            Absent = string.Equals(Cell("absent")?.Trim(), "true", StringComparison.OrdinalIgnoreCase),
        };
    }

    /// <summary>A JSON array of codes (<c>["kommune","verband_vereinigung"]</c>); a bare value counts as one code.</summary>
    internal static IReadOnlyList<string> ParseCodes(string? cell, string column, int row)
    {
        if (cell is null)
        {
            return [];
        }

        var trimmed = cell.Trim();
        if (!trimmed.StartsWith('['))
        {
            return [trimmed];
        }

        try
        {
            return JsonSerializer.Deserialize<List<JsonElement>>(trimmed)?
                .Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : e.ToString())
                .OfType<string>().Where(s => s.Length > 0).ToList() ?? [];
        }
        catch (JsonException ex)
        {
            throw new FormatException($"Zeile {row}, Spalte {column}: keine JSON-Liste von Codes ({ex.Message}).", ex);
        }
    }
}
