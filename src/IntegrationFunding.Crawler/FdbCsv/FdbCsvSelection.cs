using IntegrationFunding.Crawler.Sources;
using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.Crawler.FdbCsv;

/// <summary>One mapped row with its relevance decision.</summary>
public sealed record FdbCsvCandidate(FdbCsvRow Row, Programme Programme, RelevanceDecision Relevance);

/// <summary>Maps rows and judges their relevance; the one path of the crawl and of the starter data.</summary>
public static class FdbCsvSelection
{
    public static IEnumerable<FdbCsvCandidate> Judge(
        FdbCsvProgrammeMapper mapper, SourceDefinition source, IEnumerable<FdbCsvRow> rows, DateTimeOffset fetchedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mapper);
        ArgumentNullException.ThrowIfNull(rows);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var programme = mapper.Map(source, row, fetchedAt);
            if (ids.Add(programme.Id))
            {
                yield return new FdbCsvCandidate(row, programme, IntegrationRelevance.Judge(row, programme));
            }
        }
    }

    public static IEnumerable<Programme> Relevant(
        FdbCsvProgrammeMapper mapper, SourceDefinition source, IEnumerable<FdbCsvRow> rows, DateTimeOffset fetchedAt, CancellationToken cancellationToken) =>
        Judge(mapper, source, rows, fetchedAt, cancellationToken).Where(c => c.Relevance.Keep).Select(c => c.Programme);
}
