using IntegrationFunding.Domain.Changes;
using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.TestKit;

namespace IntegrationFunding.Storage.Tests.Programmes;

public sealed class ProgrammeWriterTests
{
    private static Programme Sample(string id = "bund-test") => new()
    {
        Id = id,
        Name = "Testprogramm",
        Funder = "Bund",
        Level = "bund",
        Url = "https://example.org",
        DeadlineType = DeadlineTypes.Fixed,
        Deadlines = [new DateOnly(2027, 1, 31)],
        Sources = [new ProgrammeSource("src-a", "https://example.org", null)],
    };

    [Fact]
    public async Task Apply_ClosingProgramme_RecordsClosedEvent()
    {
        using var db = new TestDatabase();
        await db.Writer.ApplyAsync([Sample()], "test");

        var result = await db.Writer.ApplyAsync([Sample() with { DeadlineType = DeadlineTypes.Closed }], "test");

        Assert.Equal(ChangeKinds.Closed, Assert.Single(result.Events).Kind);
    }

    [Fact]
    public async Task Apply_KeepsFirstSeenAndMovesLastChanged()
    {
        using var db = new TestDatabase();
        await db.Writer.ApplyAsync([Sample()], "test");
        var firstSeen = db.Time.GetUtcNow();
        db.Time.Advance(TimeSpan.FromDays(2));

        await db.Writer.ApplyAsync([Sample() with { Name = "Neuer Name" }], "test");

        var stored = await db.Store.GetAsync("bund-test");
        Assert.Equal(firstSeen, stored!.FirstSeen);
        Assert.Equal(db.Time.GetUtcNow(), stored.LastChanged);
        Assert.Equal("Neuer Name", stored.Name);
    }

    [Fact]
    public async Task RecordMissing_BelowThreshold_KeepsProgramme_AtThreshold_RemovesIt()
    {
        using var db = new TestDatabase();
        await db.Writer.ApplyAsync([Sample("bund-a"), Sample("bund-b")], "test");
        var seen = new HashSet<string> { "bund-a" };

        await db.Writer.RecordMissingAsync("src-a", seen, threshold: 3);
        await db.Writer.RecordMissingAsync("src-a", seen, threshold: 3);
        Assert.NotNull(await db.Store.GetAsync("bund-b"));

        var events = await db.Writer.RecordMissingAsync("src-a", seen, threshold: 3);

        Assert.Equal(ChangeKinds.Removed, Assert.Single(events).Kind);
        Assert.Null(await db.Store.GetAsync("bund-b"));
        Assert.NotNull(await db.Store.GetAsync("bund-a"));
    }

    [Fact]
    public async Task RecordMissing_OtherSource_DoesNotTouchProgramme()
    {
        using var db = new TestDatabase();
        await db.Writer.ApplyAsync([Sample("bund-a")], "test");

        for (var i = 0; i < 5; i++)
        {
            await db.Writer.RecordMissingAsync("src-other", new HashSet<string>(), threshold: 3);
        }

        Assert.NotNull(await db.Store.GetAsync("bund-a"));
    }

    [Fact]
    public async Task ChangesSince_ReturnsEventsAfterTimestampInOrder()
    {
        using var db = new TestDatabase();
        await db.Writer.ApplyAsync([Sample()], "test");
        var between = db.Time.GetUtcNow();
        db.Time.Advance(TimeSpan.FromHours(1));
        await db.Writer.ApplyAsync([Sample() with { Deadlines = [new DateOnly(2027, 2, 28)] }], "test");

        var changes = await db.Changes.SinceAsync(between, 100);

        var change = Assert.Single(changes);
        Assert.Equal("deadlines", Assert.Single(change.Fields).Field);
    }

    [Fact]
    public async Task Generation_GrowsWithEachWritingBatchOnly()
    {
        using var db = new TestDatabase();
        var before = await db.Store.GetGenerationAsync();
        await db.Writer.ApplyAsync([Sample()], "test");
        var afterWrite = await db.Store.GetGenerationAsync();
        await db.Writer.ApplyAsync([Sample()], "test");

        Assert.True(afterWrite > before);
        Assert.Equal(afterWrite, await db.Store.GetGenerationAsync());
    }
}
