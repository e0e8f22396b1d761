using IntegrationFunding.Digest.Composition;
using IntegrationFunding.Domain.Changes;

namespace IntegrationFunding.Digest.Tests.Composition;

public sealed class ChangeDescriberTests
{
    [Theory]
    [InlineData("deadlines", "2026-09-30", "2026-10-31", "Frist verschoben 30.09. → 31.10.")]
    [InlineData("deadlines", "2026-12-20", "2027-01-15", "Frist verschoben 20.12.2026 → 15.01.2027")]
    [InlineData("deadlines", null, "2027-03-01", "Neue Frist: 01.03.")]
    [InlineData("fundingRateMaxPercent", "80", "90", "Förderquote 80 % → 90 %")]
    [InlineData("ownShareMinPercent", "20", "12.5", "Eigenanteil 20 % → 12,5 %")]
    [InlineData("amountMaxEur", "50000", "80000", "Höchstbetrag 50.000 € → 80.000 €")]
    [InlineData("applicants", "gemeinde", "gemeinde, verein", "Antragsberechtigte: + Verein")]
    [InlineData("deadlineType", "fixed", "rolling", "Fristart feste Frist → laufend / jederzeit")]
    [InlineData("fundingRateMaxPercent", null, "90", "Förderquote unbekannt → 90 %")]
    public void Describe_TrackedField_ReturnsGermanLine(string field, string? old, string? now, string expected)
    {
        var line = ChangeDescriber.Describe(new FieldChange(field, old, now));

        Assert.Equal(expected, line);
    }

    [Fact]
    public void Describe_UntrackedField_ReturnsNull() =>
        Assert.Null(ChangeDescriber.Describe(new FieldChange("evidence", "a", "b")));
}
