using IntegrationFunding.Api.Contracts;
using IntegrationFunding.Domain.Taxonomy;
using IntegrationFunding.Search.Querying;

namespace IntegrationFunding.Api.Endpoints;

/// <summary>Checks search parameters and turns them into a query; every problem is named in German.</summary>
internal static class ProgrammeSearchValidator
{
    public const int MaxQueryLength = 500;

    /// <param name="raw">The query string as sent, when the request came as one: binding is lenient (invariant
    /// culture reads <c>2,5</c> as 25 and takes <c>12/01/2026</c> as a date), so the raw values are checked again:
    /// the German decimal comma is accepted, dates must be <c>JJJJ-MM-TT</c>.</param>
    public static (ProgrammeQuery? Query, Dictionary<string, string[]> Errors) Validate(ProgrammeSearchRequest request, DateOnly today, IQueryCollection? raw = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new Dictionary<string, string[]>();
        if (raw is not null)
        {
            request = StrictQueryValues.Apply(request, raw, errors);
        }

        if (request.Q is { Length: > MaxQueryLength })
        {
            errors["q"] = [$"Der Suchtext ist zu lang (höchstens {MaxQueryLength} Zeichen)."];
        }

        var topics = Ids(request.Topic, "topic", Vocabularies.Topics, errors);
        var applicants = Ids(request.Applicant, "applicant", Vocabularies.Applicants, errors);
        var states = Ids(request.State, "state", Vocabularies.States, errors);
        var levels = Ids(request.Level, "level", Vocabularies.Levels, errors);
        var targetGroups = Ids(request.TargetGroup, "targetGroup", Vocabularies.TargetGroups, errors);
        var statuses = Ids(request.Status, "status", Vocabularies.Statuses, errors);
        var deadlineTypes = Ids(request.DeadlineType, "deadlineType", Vocabularies.DeadlineTypes, errors);
        if (request.MaxOwnShare is < 0 or > 100 && !errors.ContainsKey("maxOwnShare"))
        {
            errors["maxOwnShare"] = ["maxOwnShare muss zwischen 0 und 100 liegen."];
        }

        if (request.DeadlineFrom > request.DeadlineTo)
        {
            errors["deadlineFrom"] = ["deadlineFrom liegt nach deadlineTo."];
        }

        var sort = ParseSort(request.Sort, errors);
        if (request.Page is < 1 or > 100_000)
        {
            errors["page"] = ["page muss eine Zahl ab 1 sein."];
        }

        if (request.PageSize is < 1 or > 100)
        {
            errors["pageSize"] = ["pageSize muss zwischen 1 und 100 liegen."];
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new ProgrammeQuery
        {
            Text = string.IsNullOrWhiteSpace(request.Q) ? null : request.Q,
            Topics = topics, Applicants = applicants, States = states, Levels = levels, TargetGroups = targetGroups,
            Statuses = statuses, DeadlineTypes = deadlineTypes, MaxOwnShare = request.MaxOwnShare,
            DeadlineFrom = request.DeadlineFrom, DeadlineTo = request.DeadlineTo, OpenOn = request.OpenOn,
            Sort = sort, Page = request.Page ?? 1, PageSize = request.PageSize ?? 20, Today = today,
        }, errors);
    }

    /// <summary>Splits repeated and comma-separated values and checks each against the vocabulary.</summary>
    public static List<string> Ids(string[]? values, string parameter, Vocabulary vocabulary, Dictionary<string, string[]> errors)
    {
        var ids = (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.Ordinal).ToList();
        var unknown = ids.Where(id => !vocabulary.Contains(id)).ToList();
        if (unknown.Count > 0)
        {
            errors[parameter] = unknown.Select(id => $"Unbekannter Wert \"{Shorten(id)}\" für {parameter} (erlaubt: {string.Join(", ", vocabulary.Ids)}).").ToArray();
        }

        return ids;
    }

    private static SearchSort ParseSort(string? sort, Dictionary<string, string[]> errors)
    {
        switch (sort)
        {
            case null or "" or "relevance":
                return SearchSort.Relevance;
            case "deadline":
                return SearchSort.Deadline;
            case "newest":
                return SearchSort.Newest;
            default:
                errors["sort"] = [$"Unbekannte Sortierung \"{Shorten(sort)}\" (erlaubt: relevance, deadline, newest)."];
                return SearchSort.Relevance;
        }
    }

    internal static string Shorten(string value) => value.Length <= 60 ? value : value[..60] + "…";
}
