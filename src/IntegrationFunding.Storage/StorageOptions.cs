using System.ComponentModel.DataAnnotations;

namespace IntegrationFunding.Storage;

/// <summary>Where the SQLite database lives. Bound from the <c>Storage</c> configuration section.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>Path of the SQLite database file. Default: <c>data/integrationfunding.db</c> (relative to the working directory).</summary>
    [Required(AllowEmptyStrings = false)]
    public string DatabasePath { get; set; } = Path.Combine("data", "integrationfunding.db");
}
