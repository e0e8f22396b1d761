using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.Domain.Tests.Programmes;

public sealed class ProgrammeTimelineTests
{
    private static readonly DateOnly Today = new(2026, 11, 21);

    private static Programme Programme(string deadlineType, string lifecycle = ProgrammeLifecycle.Active, params DateOnly[] deadlines) => new()
    {
        Id = "p",
        Name = "P",
        Funder = "F",
        Level = "bund",
        Url = "https://example.org",
        DeadlineType = deadlineType,
        Lifecycle = lifecycle,
        Deadlines = deadlines,
    };

    [Theory]
    [InlineData(DeadlineTypes.Rolling, ProgrammeLifecycle.Active, ProgrammeStatus.Open)]
    [InlineData(DeadlineTypes.Rolling, ProgrammeLifecycle.Unknown, ProgrammeStatus.Unknown)]
    [InlineData(DeadlineTypes.Rolling, ProgrammeLifecycle.Ended, ProgrammeStatus.Closed)]
    [InlineData(DeadlineTypes.Closed, ProgrammeLifecycle.Active, ProgrammeStatus.Closed)]
    [InlineData(DeadlineTypes.Unknown, ProgrammeLifecycle.Active, ProgrammeStatus.Unknown)]
    public void Status_WithoutDeadlines_FollowsTypeAndLifecycle(string type, string lifecycle, string expected) =>
        Assert.Equal(expected, ProgrammeTimeline.Status(Programme(type, lifecycle), Today));

    [Fact]
    public void Status_FixedDeadlineAhead_IsOpenWithNextDeadline()
    {
        var p = Programme(DeadlineTypes.Fixed, ProgrammeLifecycle.Active, new DateOnly(2026, 3, 1), new DateOnly(2027, 1, 31));

        Assert.Equal(ProgrammeStatus.Open, ProgrammeTimeline.Status(p, Today));
        Assert.Equal(new DateOnly(2027, 1, 31), ProgrammeTimeline.NextDeadline(p, Today));
    }

    [Fact]
    public void Status_FixedDeadlinePassed_IsClosed_PeriodicPassed_IsUnknown()
    {
        var past = new DateOnly(2026, 3, 1);

        Assert.Equal(ProgrammeStatus.Closed, ProgrammeTimeline.Status(Programme(DeadlineTypes.Fixed, ProgrammeLifecycle.Active, past), Today));
        Assert.Equal(ProgrammeStatus.Unknown, ProgrammeTimeline.Status(Programme(DeadlineTypes.Periodic, ProgrammeLifecycle.Active, past), Today));
        Assert.Null(ProgrammeTimeline.NextDeadline(Programme(DeadlineTypes.Fixed, ProgrammeLifecycle.Active, past), Today));
    }

    [Fact]
    public void Status_DeadlineToday_StillOpen()
    {
        var p = Programme(DeadlineTypes.Fixed, ProgrammeLifecycle.Active, Today);

        Assert.Equal(ProgrammeStatus.Open, ProgrammeTimeline.Status(p, Today));
    }

    [Fact]
    public void Status_ProgrammeNotStartedYet_IsUpcoming_AndEndedProgramme_IsClosed()
    {
        var upcoming = Programme(DeadlineTypes.Rolling) with { ProgrammeStart = Today.AddDays(10) };
        var ended = Programme(DeadlineTypes.Rolling) with { ProgrammeEnd = Today.AddDays(-1) };

        Assert.Equal(ProgrammeStatus.Upcoming, ProgrammeTimeline.Status(upcoming, Today));
        Assert.Equal(ProgrammeStatus.Closed, ProgrammeTimeline.Status(ended, Today));
    }
}
