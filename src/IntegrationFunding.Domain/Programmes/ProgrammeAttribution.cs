namespace IntegrationFunding.Domain.Programmes;

/// <summary>
/// Credit a source's licence demands for its texts (e.g. the Förderdatenbank's CC BY-ND): who to name, the licence
/// and where it is described. Texts under such a licence are shown unchanged; derived facts are kept apart.
/// </summary>
public sealed record ProgrammeAttribution(string Text, string License, string LicenseUrl);
