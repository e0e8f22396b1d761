using IntegrationFunding.Api.Ui.Profiles;

namespace IntegrationFunding.Api.Tests.Ui.Profiles;

public sealed class ProfileNumbersTests
{
    [Theory]
    [InlineData(null, null)]
    [InlineData("   ", null)]
    [InlineData("05315000", "05315000")]
    [InlineData(" 05 315 000 ", "05315000")]
    public void Ags_EmptyOrEightDigits_IsValid(string? text, string? expected)
    {
        var ags = ProfileNumbers.Ags(text, out var valid);

        Assert.True(valid);
        Assert.Equal(expected, ags);
    }

    [Theory]
    [InlineData("12ab")]
    [InlineData("0531500")]
    [InlineData("053150001")]
    [InlineData("０５３１５０００")]
    public void Ags_NotEightAsciiDigits_IsInvalid(string text)
    {
        Assert.Null(ProfileNumbers.Ags(text, out var valid));
        Assert.False(valid);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("0", 0)]
    [InlineData("12500", 12500)]
    [InlineData("12.500", 12500)]
    [InlineData("1 084 831", 1084831)]
    public void Population_EmptyOrWholeNumber_IsValid(string? text, int? expected)
    {
        var population = ProfileNumbers.Population(text, out var valid);

        Assert.True(valid);
        Assert.Equal(expected, population);
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("12,5")]
    [InlineData("viele")]
    [InlineData("99999999999")]
    [InlineData(".")]
    public void Population_NegativeFractionTextOrTooLarge_IsInvalid(string text)
    {
        Assert.Null(ProfileNumbers.Population(text, out var valid));
        Assert.False(valid);
    }
}
