using IntegrationFunding.Crawler.Sources;
using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.Crawler.FdbCsv;

/// <summary>
/// The real Förderdatenbank sample shipped with the product (278 programmes crawled June–July 2025, embedded,
/// CC BY-ND: <c>FdbCsv/Starter/README.md</c>). On first start the host imports its integration-relevant
/// programmes through the same mapper and relevance rule as an <c>fdb-csv</c> crawl, under the source id of the
/// shipped <c>crawler-config/fdb-csv.yaml</c>, so a later crawl of the live table updates the same programmes.
/// </summary>
public sealed class FdbCsvStarterData(FdbCsvProgrammeMapper mapper)
{
    public const string Resource = "IntegrationFunding.Crawler.FdbCsv.programme.csv";

    /// <summary>The source the sample stands for (id and defaults as in <c>crawler-config/fdb-csv.yaml</c>).</summary>
    public static SourceDefinition Source { get; } = new()
    {
        Id = "fdb-csv",
        Name = "Förderdatenbank des Bundes (Tabelle von CorrelAid)",
        Kind = SourceKinds.FdbCsv,
        Enabled = false,
        Defaults = new SourceDefaults { Level = "bund" },
        StartUrls = [new Uri("https://fdb.cdl.correlaid.org/data/programme.csv")],
    };

    public static IReadOnlyList<FdbCsvRow> ReadRows()
    {
        using var stream = typeof(FdbCsvStarterData).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException("The Förderdatenbank sample is not embedded.");
        return FdbCsvReader.Read(stream);
    }

    /// <summary>Every present row of the sample, mapped and judged; fetched at the sample's own date (crawl of 2025).</summary>
    public IReadOnlyList<FdbCsvCandidate> Candidates(CancellationToken cancellationToken = default) =>
        [.. FdbCsvSelection.Judge(mapper, Source, ReadRows().Where(r => !r.Absent).ToList(), FetchedAt, cancellationToken)];

    public IReadOnlyList<Programme> RelevantProgrammes(CancellationToken cancellationToken = default) =>
        [.. Candidates(cancellationToken).Where(c => c.Relevance.Keep).Select(c => c.Programme)];

    /// <summary>The sample was crawled in June–July 2025 (ISO week 2025-W27 is its latest <c>on_website_from</c>).</summary>
    private static DateTimeOffset FetchedAt { get; } = new(2025, 7, 4, 0, 0, 0, TimeSpan.Zero);
}
