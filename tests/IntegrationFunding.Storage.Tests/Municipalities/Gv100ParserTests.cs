using IntegrationFunding.Domain.Municipalities;
using IntegrationFunding.Storage.Municipalities;
using IntegrationFunding.TestKit;

namespace IntegrationFunding.Storage.Tests.Municipalities;

/// <summary>The GV100AD reader on the shipped official edition (Gebietsstand 31.08.2025) and on broken copies of its lines.</summary>
public sealed class Gv100ParserTests : IDisposable
{
    private static readonly Lazy<RegisterData> Shipped = new(() => Gv100File.Read(RegisterFiles.ShippedZip));
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData("01001000", "Flensburg, Stadt", 96_326, "DE-SH", "kreisfreie-stadt", "24937")]
    [InlineData("09162000", "München, Landeshauptstadt", 1_505_005, "DE-BY", "kreisfreie-stadt", "80313")]
    [InlineData("11000000", "Berlin, Stadt", 3_685_265, "DE-BE", "kreisfreie-stadt", "10178")]
    [InlineData("05315000", "Köln, Stadt", 1_024_621, "DE-NW", "kreisfreie-stadt", "50667")]
    public void Read_ShippedZip_KnownGemeindenHaveTheirOfficialFacts(string ags, string name, long population, string state, string kind, string plz)
    {
        var entry = Shipped.Value.Entries.Single(e => e.Key == ags);

        Assert.Equal(RegisterLevels.Gemeinde, entry.Level);
        Assert.Equal(name, entry.Name);
        Assert.Equal(population, entry.Population);
        Assert.Equal(state, entry.State);
        Assert.Equal(kind, entry.Kind);
        Assert.Equal(plz, entry.Plz);
        Assert.Equal(ags[..5], entry.KreisKey);
    }

    [Fact]
    public void Read_ShippedZip_CountsEqualTheEditionsReadme()
    {
        var data = Shipped.Value;

        Assert.Equal(new DateOnly(2025, 8, 31), data.Edition.Gebietsstand);
        Assert.Equal(16, data.CountOf(RegisterLevels.Land));
        Assert.Equal(400, data.CountOf(RegisterLevels.Kreis));
        Assert.Equal(4_590, data.CountOf(RegisterLevels.Gemeindeverband));
        Assert.Equal(10_751, data.CountOf(RegisterLevels.Gemeinde));
        Assert.Equal(201, data.UnincorporatedAreas);
        var kreise = data.Entries.Where(e => e.Level == RegisterLevels.Kreis).GroupBy(e => e.Kind).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(251, kreise["landkreis"]);
        Assert.Equal(97, kreise["kreisfreie-stadt"]);
        Assert.Equal(42, kreise["kreis"]);
        Assert.Equal(9, kreise["stadtkreis"]);
        Assert.Equal(1, kreise["regionalverband"]);
        var gemeinden = data.Entries.Where(e => e.Level == RegisterLevels.Gemeinde).GroupBy(e => e.Kind).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(1_829, gemeinden["stadt"]);
        Assert.Equal(125, gemeinden["grosse-kreisstadt"]);
        Assert.Equal(386, gemeinden["markt"]);
        Assert.Equal(83_577_140, data.Entries.Where(e => e.Level == RegisterLevels.Land).Sum(e => e.Population));
    }

    [Fact]
    public void Read_ShippedZip_GemeindeKnowsItsKreisAndGemeindeverband()
    {
        var data = Shipped.Value;
        var amtGemeinde = data.Entries.First(e => e.Level == RegisterLevels.Gemeinde && e.VerbandKind == "amt");
        var kreis = data.Entries.Single(e => e.Key == amtGemeinde.KreisKey);
        var verband = data.Entries.Single(e => e.Key == amtGemeinde.VerbandKey);

        Assert.True(amtGemeinde.HasVerband);
        Assert.Equal(kreis.Name, amtGemeinde.KreisName);
        Assert.Equal(verband.Name, amtGemeinde.VerbandName);
        Assert.Equal(amtGemeinde.Ars, verband.Key + amtGemeinde.Key[5..]);
        Assert.Equal("landkreis", data.Entries.Single(e => e.Key == "09184").Kind);
        Assert.Equal(data.Entries.Where(e => e.KreisKey == "09184" && e.Level == RegisterLevels.Gemeinde).Sum(e => e.Population),
            data.Entries.Single(e => e.Key == "09184").Population);
    }

    [Fact]
    public void Read_TxtWithoutZip_ReadsTheSameRecords()
    {
        var path = RegisterFiles.Write(_directory.File("GV100AD_SH.txt"), RegisterFiles.OfLand("01"));

        var data = Gv100File.Read(path);

        Assert.Equal(1, data.CountOf(RegisterLevels.Land));
        Assert.Equal(Shipped.Value.Entries.Count(e => e.State == "DE-SH"), data.Entries.Count);
        Assert.Equal(96_326, data.Entries.Single(e => e.Key == "01001000").Population);
    }

    public static TheoryData<string, Func<string, string>, string> Breakages => new()
    {
        { "short line", l => l[..180], "180 Zeichen statt 220" },
        { "unknown Satzart", l => "70" + l[2..], "Satzart \"70\" ist unbekannt" },
        { "bad Textkennzeichen", l => l[..122] + "99" + l[124..], "Textkennzeichen \"99\"" },
        { "letters in population", l => l[..139] + "00000abc123" + l[150..], "Bevölkerung" },
        { "other Gebietsstand", l => l[..2] + "20250930" + l[10..], "Gebietsstand 20250930 weicht" },
    };

    [Theory]
    [MemberData(nameof(Breakages))]
    public void Read_OneBrokenGemeindeLine_RefusedNamingLineAndReason(string what, Func<string, string> breakLine, string reason)
    {
        var lines = RegisterFiles.OfLand("01").ToList();
        var index = lines.FindIndex(l => l.StartsWith("60", StringComparison.Ordinal) && l.Contains("Kiel", StringComparison.Ordinal));
        lines[index] = breakLine(lines[index]);
        var path = RegisterFiles.Write(_directory.File("broken.txt"), lines);

        var ex = Assert.Throws<RegisterFileException>(() => Gv100File.Read(path));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(index + 1, error.Line);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"Zeile {index + 1}: ", ex.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(what));
    }

    [Fact]
    public void Read_GemeindeWithoutItsKreis_Refused()
    {
        var lines = RegisterFiles.OfLand("01").Where(l => !(l.StartsWith("40", StringComparison.Ordinal) && l.AsSpan(10, 5).SequenceEqual("01002"))).ToList();
        var path = RegisterFiles.Write(_directory.File("nokreis.txt"), lines);

        var ex = Assert.Throws<RegisterFileException>(() => Gv100File.Read(path));

        Assert.Contains("Kiel", ex.Message, StringComparison.Ordinal);
        Assert.Contains("fehlt", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NotARegister_Refused()
    {
        var path = _directory.File("programmes.yaml");
        File.WriteAllText(path, "- id: x\n  name: y\n");

        var ex = Assert.Throws<RegisterFileException>(() => Gv100File.Read(path));

        Assert.Equal("Zeile 1: 7 Zeichen statt 220 (feste Satzlänge des GV100AD).", ex.Errors[0].ToString());
    }
}
