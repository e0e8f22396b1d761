using System.Net;
using IntegrationFunding.Api.Tests.Infrastructure;
using IntegrationFunding.Api.Tests.Profiles;
using Ical.Net;

namespace IntegrationFunding.Api.Tests.Calendars;

public sealed class CalendarEndpointTests
{
    [Fact]
    public async Task ProgrammeCalendar_ProgrammeWithDeadlines_ReturnsOneEventPerDeadline()
    {
        using var app = new ApiApplication();
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/v1/programmes/bund-bmas-esf-plus-wir-netzwerke-gefluechtete/deadlines.ics", UriKind.Relative));
        var ics = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var events = Calendar.Load(ics)!.Events;
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.True(e.IsAllDay));
        Assert.Contains(events, e => e.DtStart!.Date == new DateOnly(2026, 2, 19));
        Assert.All(events, e => Assert.EndsWith("@integrationfunding", e.Uid, StringComparison.Ordinal));
        Assert.Equal(events.Count, events.Select(e => e.Uid).Distinct().Count());
    }

    [Fact]
    public async Task ProgrammeCalendar_UnknownId_Returns404()
    {
        using var app = new ApiApplication();
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/v1/programmes/gibt-es-nicht/deadlines.ics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ProfileCalendar_SecretLinkWithoutKey_WorksButOtherTenantsKeyGets404()
    {
        using var app = new ApiApplication();
        using var owner = app.ClientWithKey(await app.NewKeyAsync("Lotsenstelle A"));
        using var other = app.ClientWithKey(await app.NewKeyAsync("Lotsenstelle B"));
        using var outlook = app.CreateClient();
        var id = await owner.CreateProfileAsync();

        using var subscribed = await outlook.GetAsync(new Uri($"/api/v1/profiles/{id}/deadlines.ics", UriKind.Relative));
        using var byOwner = await owner.GetAsync(new Uri($"/api/v1/profiles/{id}/deadlines.ics", UriKind.Relative));
        using var byOther = await other.GetAsync(new Uri($"/api/v1/profiles/{id}/deadlines.ics", UriKind.Relative));
        using var guessed = await outlook.GetAsync(new Uri("/api/v1/profiles/aaaaaaaaaaaaaaaaaaaaaaaaaa/deadlines.ics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, subscribed.StatusCode);
        var calendar = Calendar.Load(await subscribed.Content.ReadAsStringAsync())!;
        Assert.StartsWith("Förderfristen: ", calendar.Properties["X-WR-CALNAME"]!.Value as string, StringComparison.Ordinal);
        Assert.All(calendar.Events, e => Assert.True(e.IsAllDay));
        Assert.Equal(HttpStatusCode.OK, byOwner.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byOther.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, guessed.StatusCode);
    }
}
