using IntegrationFunding.Crawler.Sources;

namespace IntegrationFunding.Crawler.Tests.Sources;

public sealed class SourceConfigLoaderTests
{
    private const string Valid = """
        id: land-test
        name: Testquelle
        kind: html
        defaults:
          level: land
          states: [DE-NW]
        startUrls: [https://www.example.org/foerderung/]
        allowedHosts: [www.example.org]
        list: { links: ul.teaser a, next: a.next }
        detail:
          title: h1
          sections: { scope: main, heading: h2 }
          labels:
            deadlines: [Antragsfrist, Fristen]
        rate: { requestsPerSecond: 0.5, minDelay: 3s }
        """;

    [Fact]
    public void Parse_ValidFile_ReadsEverySection()
    {
        var source = SourceConfigLoader.Parse(Valid, "land-test.yaml");

        Assert.Equal("land-test", source.Id);
        Assert.Equal(["DE-NW"], source.Defaults.States);
        Assert.Equal("a.next", source.List!.Next);
        Assert.Equal(["Antragsfrist", "Fristen"], source.Detail!.Labels["deadlines"]);
        Assert.Equal(TimeSpan.FromSeconds(3), source.Rate.MinDelay);
        Assert.Equal(3, source.RemovalThreshold);
        Assert.True(source.Enabled);
    }

    [Fact]
    public void Parse_SeveralBlocksAndFieldSelectors_ReadsThemAll()
    {
        const string yaml = """
            id: land-test
            name: Testquelle
            kind: html
            defaults: { level: land }
            startUrls: [https://www.example.org/foerderung/]
            detail:
              title: h1
              pairs:
                - { container: aside dl, label: dt, value: dd }
                - { container: table.facts tr, label: th, value: td }
              sections:
                - { scope: main, heading: h2, lead: Einleitung }
                - { scope: div.more, heading: h3 }
              fields: { name: aside .programm, funder: header .logo, states: header .land }
              labels:
                ownShare: [Eigenanteil]
                rate: [Förderquote]
                openingDate: [Opening date]
                programmeEnd: [Laufzeit]
                level: [Ebene]
            """;

        var detail = SourceConfigLoader.Parse(yaml, "land-test.yaml").Detail!;

        Assert.Equal(2, detail.Pairs.Count);
        Assert.Equal("table.facts tr", detail.Pairs[1].Container);
        Assert.Equal(2, detail.Sections.Count);
        Assert.Equal("Einleitung", detail.Sections[0].Lead);
        Assert.Equal("", detail.Sections[1].Lead);
        Assert.Equal("header .logo", detail.Fields["funder"]);
        Assert.Equal(["Eigenanteil"], detail.Labels["ownShare"]);
        Assert.Equal(["Ebene"], detail.Labels["level"]);
    }

    [Fact]
    public void Parse_UnknownFieldSelector_GermanErrorWithLine()
    {
        var yaml = Valid.Replace("  sections: { scope: main, heading: h2 }", "  sections: { scope: main, heading: h2 }\n  fields: { foerderquote: p.rate }", StringComparison.Ordinal);

        var error = Assert.Throws<SourceConfigException>(() => SourceConfigLoader.Parse(yaml, "land-test.yaml"));

        Assert.Contains("'detail.fields.foerderquote' ist kein bekanntes Feld", error.Message, StringComparison.Ordinal);
        Assert.Contains("land-test.yaml:13", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("  level: land", "  level: kreis", 5, "'defaults.level': 'kreis' ist keine gültige ID")]
    [InlineData("kind: html", "kind: rss", 3, "Unbekannte Art 'rss'")]
    [InlineData("startUrls: [https://www.example.org/foerderung/]", "startUrls: [ftp://www.example.org/foerderung/]", 7, "keine absolute http(s)-Adresse")]
    [InlineData("  title: h1", "  title: h1[", 11, "kein gültiger CSS-Selektor")]
    [InlineData("  minDelay: 3s", "  minDelay: 3s", 0, "")]
    [InlineData("rate: { requestsPerSecond: 0.5, minDelay: 3s }", "rate: { requestsPerSecond: 0.5, minDelay: drei }", 15, "ist keine Dauer")]
    [InlineData("id: land-test", "id: Land Test", 1, "Ungültige Quell-ID")]
    [InlineData("list: { links: ul.teaser a, next: a.next }", "list: { links: ul.teaser a, nxt: a.next }", 9, "Unbekannter Schlüssel 'list.nxt'")]
    [InlineData("    deadlines: [Antragsfrist, Fristen]", "    deadline: [Antragsfrist]", 14, "'detail.labels.deadline' ist kein bekanntes Feld")]
    public void Parse_InvalidFile_NamesFileLineAndReason(string find, string replace, int line, string reason)
    {
        var yaml = Valid.Replace(find, replace, StringComparison.Ordinal);
        if (line == 0)
        {
            Assert.NotNull(SourceConfigLoader.Parse(yaml, "x.yaml"));
            return;
        }

        var error = Assert.Throws<SourceConfigException>(() => SourceConfigLoader.Parse(yaml, "quellen/land-test.yaml"));

        Assert.Equal("quellen/land-test.yaml", error.FilePath);
        Assert.Equal(line, error.Line);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"quellen/land-test.yaml:{line}: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BadIndentation_ReportsTheParserLine()
    {
        var error = Assert.Throws<SourceConfigException>(() => SourceConfigLoader.Parse("id: a\nname: b\n  kind: html\n", "c.yaml"));

        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void Parse_MissingRequiredKey_SaysWhich()
    {
        var error = Assert.Throws<SourceConfigException>(() => SourceConfigLoader.Parse(Valid.Replace("name: Testquelle\n", "", StringComparison.Ordinal), "a.yaml"));

        Assert.Contains("Pflichtfeld 'name' fehlt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BrokenYaml_IsReportedAsInvalidYaml()
    {
        var error = Assert.Throws<SourceConfigException>(() => SourceConfigLoader.Parse("id: a\nname: [unclosed\nkind: html\n", "b.yaml"));

        Assert.Contains("Kein gültiges YAML", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("b.yaml:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadDirectory_ShippedConfigs_AreValid()
    {
        var sources = SourceConfigLoader.LoadDirectory(TestKit.RepositoryPaths.InRoot("crawler-config"));

        Assert.True(sources.Count >= 10);
        Assert.Contains(sources, s => s.Kind == SourceKinds.FdbExport);
    }
}
