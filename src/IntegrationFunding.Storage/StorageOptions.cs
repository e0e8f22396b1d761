using System.ComponentModel.DataAnnotations;

namespace IntegrationFunding.Storage;

/// <summary>Where the SQLite database lives. Bound from the <c>Storage</c> configuration section.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>
    /// Path of the SQLite database file. Default: <c>~/.local/share/IntegrationFunding/integrationfunding.db</c>
    /// (the user's local application data), so the web host and the CLI share one database whatever folder
    /// they are started from. Relative paths are taken from the working directory.
    /// </summary>
    [Required(AllowEmptyStrings = false)]
    public string DatabasePath { get; set; } = DefaultDatabasePath;

    public static string DefaultDatabasePath { get; } = Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify),
        "IntegrationFunding",
        "integrationfunding.db");
}
