using IntegrationFunding.Crawler.Fetching;

namespace IntegrationFunding.Crawler.Tests.Fetching;

public sealed class RobotsTxtTests
{
    private const string Agent = "IntegrationFundingBot/1.0 (+https://example.org)";

    [Fact]
    public void FdbStyleRobots_DisallowsSiteGlobalsAndAsksForDelay()
    {
        var robots = RobotsTxt.Parse("User-agent: *\nCrawl-delay: 30\nDisallow: /FDB/SiteGlobals/\n");

        Assert.False(robots.IsAllowed(Agent, "/FDB/SiteGlobals/Forms/x.html"));
        Assert.True(robots.IsAllowed(Agent, "/SiteGlobals/FDB/Forms/Suche/Foederprogrammsuche_Formular.html"));
        Assert.Equal(TimeSpan.FromSeconds(30), robots.CrawlDelay(Agent));
    }

    [Fact]
    public void SpecificGroup_WinsOverStar_AndLongestRuleWins()
    {
        var robots = RobotsTxt.Parse("""
            User-agent: *
            Disallow: /

            User-agent: otherbot
            User-agent: integrationfundingbot
            Disallow: /intern/
            Allow: /intern/oeffentlich/
            Disallow: /*.pdf$
            """);

        Assert.True(robots.IsAllowed(Agent, "/foerderung.html"));
        Assert.False(robots.IsAllowed(Agent, "/intern/x.html"));
        Assert.True(robots.IsAllowed(Agent, "/intern/oeffentlich/x.html"));
        Assert.False(robots.IsAllowed(Agent, "/a/richtlinie.pdf"));
        Assert.True(robots.IsAllowed(Agent, "/a/richtlinie.pdf?x=1"));
        Assert.False(robots.IsAllowed("SomeBot/2", "/foerderung.html"));
    }

    [Fact]
    public void EmptyDisallow_AllowsEverything()
    {
        Assert.True(RobotsTxt.Parse("User-agent: *\nDisallow:\n").IsAllowed(Agent, "/x"));
    }
}
