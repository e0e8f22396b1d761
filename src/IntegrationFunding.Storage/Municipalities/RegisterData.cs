using IntegrationFunding.Domain.Municipalities;

namespace IntegrationFunding.Storage.Municipalities;

/// <summary>A register file read completely: its edition, every record, and how many gemeindefreie Gebiete were left out.</summary>
public sealed record RegisterData(RegisterEdition Edition, IReadOnlyList<RegisterEntry> Entries, int UnincorporatedAreas)
{
    public int CountOf(string level) => Entries.Count(e => e.Level == level);
}
