using IntegrationFunding.Domain.Changes;
using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.Domain.Tests.Changes;

public sealed class ProgrammeDiffTests
{
    private static readonly Programme Before = new()
    {
        Id = "p",
        Name = "Sprachcafé",
        Funder = "Land",
        Level = "land",
        Url = "https://example.org",
        FundingRateMaxPercent = 80,
        Deadlines = [new DateOnly(2027, 9, 30)],
        Sources = [new ProgrammeSource("a", "https://example.org", null)],
    };

    [Fact]
    public void Compare_SameFacts_NoChanges_EvenWhenProvenanceDiffers()
    {
        var after = Before with
        {
            Sources = [new ProgrammeSource("a", "https://example.org", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero))],
            Evidence = new Dictionary<string, Evidence> { ["fundingRateMaxPercent"] = new("bis zu 80 %") },
            Body = "neuer Text",
        };

        Assert.Empty(ProgrammeDiff.Compare(Before, after));
    }

    [Fact]
    public void Compare_RateAndDeadline_ReportsBothWithOldAndNewValues()
    {
        var after = Before with { FundingRateMaxPercent = 90, Deadlines = [new DateOnly(2027, 10, 31)] };

        var changes = ProgrammeDiff.Compare(Before, after);

        Assert.Equal(
            [new FieldChange("fundingRateMaxPercent", "80", "90"), new FieldChange("deadlines", "2027-09-30", "2027-10-31")],
            changes);
    }

    [Fact]
    public void Closes_OnlyWhenTheProgrammeBecomesClosed()
    {
        var closed = Before with { DeadlineType = DeadlineTypes.Closed };

        Assert.True(ProgrammeDiff.Closes(Before, closed));
        Assert.False(ProgrammeDiff.Closes(closed, closed with { Name = "x" }));
        Assert.True(ProgrammeDiff.Closes(Before, Before with { Lifecycle = ProgrammeLifecycle.Ended }));
    }
}
