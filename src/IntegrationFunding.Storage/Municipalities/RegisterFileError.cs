namespace IntegrationFunding.Storage.Municipalities;

/// <summary>One problem in a register file: the line (1-based; null for the file as a whole) and what is wrong, in German.</summary>
public sealed record RegisterFileError(int? Line, string Message)
{
    public override string ToString() => Line is { } line ? $"Zeile {line}: {Message}" : Message;
}
