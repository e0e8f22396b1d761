namespace IntegrationFunding.Storage.Catalogue;

/// <summary>One problem in a catalogue file: where it is (file, entry, field, line) and what is wrong, in German.</summary>
public sealed record CatalogueError(string File, int? Entry, string? EntryId, string? Field, int? Line, string Message)
{
    public override string ToString()
    {
        var where = File;
        if (Line is { } line)
        {
            where += $":{line}";
        }

        if (Entry is { } entry)
        {
            where += EntryId is null ? $", Eintrag {entry}" : $", Eintrag {entry} (id \"{EntryId}\")";
        }

        if (Field is not null)
        {
            where += $", Feld \"{Field}\"";
        }

        return $"{where}: {Message}";
    }
}
