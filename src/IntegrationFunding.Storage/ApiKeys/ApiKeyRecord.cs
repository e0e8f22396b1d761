namespace IntegrationFunding.Storage.ApiKeys;

/// <summary>An API key as listed (never with the key itself).</summary>
public sealed record ApiKeyRecord(string Id, string Name, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt)
{
    /// <summary>The tenant that owns this key's profiles.</summary>
    public string Tenant => "key:" + Id;
}
