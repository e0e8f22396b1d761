namespace IntegrationFunding.Api.Tests.Infrastructure;

/// <summary>One host with the starter catalogue, shared by read-only tests.</summary>
public sealed class StarterCatalogueFixture : IDisposable
{
    public StarterCatalogueFixture()
    {
        Application = new ApiApplication();
        Client = Application.CreateClient();
    }

    public ApiApplication Application { get; }

    public HttpClient Client { get; }

    public void Dispose()
    {
        Client.Dispose();
        Application.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class StarterCatalogueTests : ICollectionFixture<StarterCatalogueFixture>
{
    public const string Name = "starter catalogue";
}
