using IntegrationFunding.Api.Ui.Subscriptions;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace IntegrationFunding.Api.Tests.Ui.Subscriptions;

public sealed class SubscriptionInputTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("keine-adresse")]
    [InlineData("name@gemeinde")]
    [InlineData("Name <name@gemeinde.de>")]
    [InlineData("name@@gemeinde.de")]
    public void Validate_InvalidAddress_AddsGermanErrorOnEmailField(string email)
    {
        var state = new ModelStateDictionary();
        var input = new SubscriptionInput { Email = email };

        Assert.False(input.Validate(state));
        var error = Assert.Single(state["Input.Email"]!.Errors);
        Assert.StartsWith("E-Mail-Adresse:", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AddressLongerThan254_IsRejected()
    {
        var state = new ModelStateDictionary();
        var input = new SubscriptionInput { Email = new string('a', 64) + "@" + string.Join('.', Enumerable.Repeat(new string('b', 60), 4)) + ".de" };
        Assert.True(input.Email.Length > SubscriptionInput.MaxEmailLength);

        Assert.False(input.Validate(state));
        Assert.Contains("254", state["Input.Email"]!.Errors.Single().ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PaddedAddressAndDaily_TrimsAndAccepts()
    {
        var state = new ModelStateDictionary();
        var input = new SubscriptionInput { Email = "  integration@kreis-musterland.de ", Frequency = "daily" };

        Assert.True(input.Validate(state));
        Assert.Equal("integration@kreis-musterland.de", input.Email);
        Assert.Equal(0, state.ErrorCount);
    }

    [Fact]
    public void Validate_UnknownFrequency_AddsErrorAndFallsBackToWeekly()
    {
        var state = new ModelStateDictionary();
        var input = new SubscriptionInput { Email = "a@b.de", Frequency = "hourly" };

        Assert.False(input.Validate(state));
        Assert.Single(state["Input.Frequency"]!.Errors);
        Assert.Equal("weekly", input.Frequency);
    }
}
