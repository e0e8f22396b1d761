using IntegrationFunding.Digest.Subscriptions;
using IntegrationFunding.Storage.Digest;
using IntegrationFunding.TestKit;
using Microsoft.Extensions.Options;

namespace IntegrationFunding.Digest.Tests.Subscriptions;

public sealed class DigestTokensTests : IDisposable
{
    private readonly TestDatabase _db = new();

    [Fact]
    public async Task Validate_FreshConfirmToken_ReturnsSubscriptionId()
    {
        var tokens = Tokens();
        var token = await tokens.CreateAsync(DigestTokens.ConfirmPurpose, "abc123");

        Assert.Equal("abc123", await tokens.ValidateAsync(token, DigestTokens.ConfirmPurpose));
    }

    [Fact]
    public async Task Validate_TamperedIdWrongPurposeOrOtherKey_ReturnsNull()
    {
        var tokens = Tokens();
        var token = await tokens.CreateAsync(DigestTokens.ConfirmPurpose, "abc123");
        var tampered = token.Replace("abc123", "abc124", StringComparison.Ordinal);

        Assert.Null(await tokens.ValidateAsync(tampered, DigestTokens.ConfirmPurpose));
        Assert.Null(await tokens.ValidateAsync(token, DigestTokens.UnsubscribePurpose));
        Assert.Null(await Tokens("ein-anderer-geheimer-schluessel").ValidateAsync(token, DigestTokens.ConfirmPurpose));
        Assert.Null(await tokens.ValidateAsync("c.abc123.1.%%%", DigestTokens.ConfirmPurpose));
    }

    [Fact]
    public async Task Validate_ConfirmTokenAfterLifetime_ReturnsNull()
    {
        var tokens = Tokens();
        var token = await tokens.CreateAsync(DigestTokens.ConfirmPurpose, "abc123");
        _db.Time.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));

        Assert.Null(await tokens.ValidateAsync(token, DigestTokens.ConfirmPurpose));
    }

    [Fact]
    public async Task CreateAsync_NoConfiguredKey_PersistsGeneratedKeyAcrossInstances()
    {
        var token = await Tokens(key: null).CreateAsync(DigestTokens.UnsubscribePurpose, "abc123");

        Assert.Equal("abc123", await Tokens(key: null).ValidateAsync(token, DigestTokens.UnsubscribePurpose));
    }

    public void Dispose() => _db.Dispose();

    private DigestTokens Tokens(string? key = "test-signing-key-0123456789") =>
        new(Options.Create(new DigestOptions { SigningKey = key }), new SubscriptionStore(_db.Database), _db.Time);
}
