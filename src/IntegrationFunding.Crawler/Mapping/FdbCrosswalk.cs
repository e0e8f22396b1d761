namespace IntegrationFunding.Crawler.Mapping;

/// <summary>
/// Maps the Förderdatenbank's classification values (codes such as <c>kommune</c> or labels such as
/// "Kommune", see anchors §1.5) onto our vocabulary ids. Unknown or business-only values map to nothing;
/// the original values are kept as evidence by the callers.
/// </summary>
public static partial class FdbCrosswalk
{
    /// <summary>Förderart → fundingType.</summary>
    public static IReadOnlyList<string> FundingTypes(IEnumerable<string> values) => Lookup(values, FundingTypeTable);

    /// <summary>Förderberechtigte → applicants.</summary>
    public static IReadOnlyList<string> Applicants(IEnumerable<string> values) => Lookup(values, ApplicantTable);

    /// <summary>Fördergebiet → ISO 3166-2 states; <paramref name="nationwide"/> when "bundesweit" is among them.</summary>
    public static IReadOnlyList<string> States(IEnumerable<string> values, out bool nationwide)
    {
        var list = values.ToList();
        nationwide = list.Any(v => TextKey.Fold(v) is "bundesweit");
        return Lookup(list, StateTable);
    }

    /// <summary>Förderbereich and its sub-areas (<c>parent.child</c> or child code) → topics.</summary>
    public static IReadOnlyList<string> Topics(IEnumerable<string> values) =>
        Lookup(values.Select(v => v.Contains('.', StringComparison.Ordinal) ? v[(v.LastIndexOf('.') + 1)..] : v), TopicTable);

    /// <summary>Fördergeber (bund/land/eu) → level.</summary>
    public static string? Level(IEnumerable<string> values) =>
        values.Select(v => TextKey.Fold(v)).Select(v => v switch { "bund" => "bund", "land" => "land", "eu" => "eu", _ => null })
            .FirstOrDefault(v => v is not null);

    /// <summary>
    /// True when a labelled applicants text is only a list of classification values ("Kommune, Verband/Vereinigung"):
    /// such categories are not prose; they fill what the prose leaves open (<see cref="ApplicantResolution"/>).
    /// </summary>
    public static bool IsCategoryList(string text)
    {
        var items = SplitList(text);
        return items.Count > 0 && items.All(i => ApplicantTable.ContainsKey(TextKey.Fold(i)));
    }

    /// <summary>True when "Kommune" is among the Förderberechtigte: municipalities may apply.</summary>
    public static bool NamesMunicipalities(IEnumerable<string> values) => values.Any(v => TextKey.Fold(v) is "kommune");

    /// <summary>
    /// Splits a comma-separated FDB list, keeping labels that contain a comma ("Kultur, Medien &amp; Sport") whole.
    /// </summary>
    public static IReadOnlyList<string> SplitList(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split([',', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var items = new List<string>();
        for (var i = 0; i < parts.Length; i++)
        {
            if (i + 2 < parts.Length && IsKnown($"{parts[i]}, {parts[i + 1]}, {parts[i + 2]}"))
            {
                items.Add($"{parts[i]}, {parts[i + 1]}, {parts[i + 2]}");
                i += 2;
            }
            else if (i + 1 < parts.Length && IsKnown($"{parts[i]}, {parts[i + 1]}") && !IsKnown(parts[i]))
            {
                items.Add($"{parts[i]}, {parts[i + 1]}");
                i++;
            }
            else
            {
                items.Add(parts[i]);
            }
        }

        return items;
    }

    private static bool IsKnown(string value)
    {
        var key = TextKey.Fold(value);
        return KnownLabels.Contains(key);
    }

    private static List<string> Lookup(IEnumerable<string> values, Dictionary<string, string[]> table) =>
        values.SelectMany(v => table.TryGetValue(TextKey.Fold(v), out var ids) ? ids : []).Distinct(StringComparer.Ordinal).ToList();
}
