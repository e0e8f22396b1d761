namespace IntegrationFunding.Search.Querying;

public enum SearchSort
{
    /// <summary>Best text match first; without text, soonest deadline first.</summary>
    Relevance,
    /// <summary>Soonest upcoming deadline first; programmes without one last.</summary>
    Deadline,
    /// <summary>Most recently first seen first.</summary>
    Newest,
}
