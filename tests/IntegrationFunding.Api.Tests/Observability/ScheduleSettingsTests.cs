using IntegrationFunding.Api.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace IntegrationFunding.Api.Tests.Observability;

/// <summary>Cron settings are validated when the real host starts: a bad expression stops it with a German message.</summary>
public sealed class ScheduleSettingsTests
{
    [Theory]
    [InlineData("Digest:Schedule", "Schedule")]
    [InlineData("Crawler:Schedule", "Schedule")]
    public void Start_InvalidCronExpression_FailsWithGermanMessage(string key, string member)
    {
        using var app = new ApiApplication();
        app.Settings[key] = "montags um 7";

        var error = Assert.Throws<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains(member, error.Message, StringComparison.Ordinal);
        Assert.Contains("„montags um 7“ ist kein gültiger Cron-Ausdruck", error.Message, StringComparison.Ordinal);
    }
}
