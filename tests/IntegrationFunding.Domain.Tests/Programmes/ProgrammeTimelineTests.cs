using Microsoft.Extensions.Time.Testing;
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
    public void Status_FixedDeadlinePassed_IsClosed_PeriodicPassed_RollsToNextYear()
    {
        var past = new DateOnly(2026, 3, 1);

        Assert.Equal(ProgrammeStatus.Closed, ProgrammeTimeline.Status(Programme(DeadlineTypes.Fixed, ProgrammeLifecycle.Active, past), Today));
        Assert.Equal(ProgrammeStatus.Open, ProgrammeTimeline.Status(Programme(DeadlineTypes.Periodic, ProgrammeLifecycle.Active, past), Today));
        Assert.Equal(new DateOnly(2027, 3, 1), ProgrammeTimeline.NextDeadline(Programme(DeadlineTypes.Periodic, ProgrammeLifecycle.Active, past), Today));
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

    [Fact]
    public void NextDeadline_Periodic_RollsForwardAsTheClockMovesPastTheStoredOccurrence()
    {
        // Crawled on 2026-11-21 ("jährlich zum 31. Januar" stored as 2027-01-31); the page then answers 304 for two years.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 21, 8, 0, 0, TimeSpan.Zero));
        var p = Programme(DeadlineTypes.Periodic, ProgrammeLifecycle.Active, new DateOnly(2027, 1, 31), new DateOnly(2027, 6, 15));
        DateOnly Day() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

        Assert.Equal(new DateOnly(2027, 1, 31), ProgrammeTimeline.NextDeadline(p, Day()));
        clock.Advance(TimeSpan.FromDays(71)); // 2027-01-31: the day itself still counts
        Assert.Equal(new DateOnly(2027, 1, 31), ProgrammeTimeline.NextDeadline(p, Day()));
        clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(new DateOnly(2027, 6, 15), ProgrammeTimeline.NextDeadline(p, Day()));
        clock.Advance(TimeSpan.FromDays(365));
        Assert.Equal(new DateOnly(2028, 6, 15), ProgrammeTimeline.NextDeadline(p, Day()));
        Assert.Equal(ProgrammeStatus.Open, ProgrammeTimeline.Status(p, Day()));
        clock.Advance(TimeSpan.FromDays(200));
        Assert.Equal(new DateOnly(2029, 1, 31), ProgrammeTimeline.NextDeadline(p, Day()));
    }

    [Fact]
    public void NextDeadline_Periodic_OlderCyclesAreHistory_NotPartOfTheRule()
    {
        var p = Programme(DeadlineTypes.Periodic, ProgrammeLifecycle.Active, new DateOnly(2020, 11, 6), new DateOnly(2024, 12, 8), new DateOnly(2026, 12, 8));

        Assert.Equal(new DateOnly(2026, 12, 8), ProgrammeTimeline.NextDeadline(p, Today));
        Assert.Equal(new DateOnly(2027, 12, 8), ProgrammeTimeline.NextDeadline(p, new DateOnly(2026, 12, 21)));
    }

    [Fact]
    public void NextDeadline_Periodic_NeverBeyondTheProgrammeEnd_AndLeapDayFallsOnTheLastOfFebruary()
    {
        var ending = Programme(DeadlineTypes.Periodic, ProgrammeLifecycle.Active, new DateOnly(2026, 3, 1)) with { ProgrammeEnd = new DateOnly(2026, 12, 31) };
        var leap = Programme(DeadlineTypes.Periodic, ProgrammeLifecycle.Active, new DateOnly(2024, 2, 29));

        Assert.Null(ProgrammeTimeline.NextDeadline(ending, Today));
        Assert.Equal(ProgrammeStatus.Unknown, ProgrammeTimeline.Status(ending, Today));
        Assert.Equal(new DateOnly(2027, 2, 28), ProgrammeTimeline.NextDeadline(leap, Today));
        Assert.Equal(new DateOnly(2028, 2, 29), ProgrammeTimeline.NextDeadline(leap, new DateOnly(2027, 3, 1)));
    }
}
