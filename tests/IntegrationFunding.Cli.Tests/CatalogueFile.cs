namespace IntegrationFunding.Cli.Tests;

/// <summary>Writes a one-programme catalogue file (docs/CATALOGUE-FORMAT.md) for <c>cli import</c>.</summary>
internal static class CatalogueFile
{
    public static string Write(string path, string id, string name, string topics, string url)
    {
        File.WriteAllText(path, $"""
            - id: {id}
              name: {name}
              funder: Land Hessen
              level: land
              states: [DE-HE]
              url: {url}
              topics: {topics}
              target_groups: []
              applicants: [verein]
              funding_type: zuschuss
              funding_rate_max_percent: null
              own_share_min_percent: null
              own_share_note: null
              amount_min_eur: null
              amount_max_eur: null
              programme_start: null
              programme_end: null
              project_duration_max_months: null
              deadline_type: rolling
              deadlines: []
              legal_basis: null
              summary_de: Test.
              source_urls: [{url}]
              facts_as_of: null
              status: active
            """);
        return path;
    }
}
