using IntegrationFunding.Domain.Taxonomy;
using IntegrationFunding.Search.Querying;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace IntegrationFunding.Api.Ui.Search;

/// <summary>Turns the search form into a query; problems are added to the model state in plain German, naming the field.</summary>
public static class SearchFormMapper
{
    public const int PageSize = 20;

    public static readonly IReadOnlyList<(string Value, string Label)> Sorts =
    [
        ("relevance", "beste Treffer zuerst"),
        ("deadline", "nächste Frist zuerst"),
        ("newest", "neueste zuerst"),
    ];

    /// <param name="raw">The query string as sent: binding reads <c>maxOwnShare=2,5</c> as 25 (invariant culture);
    /// the German decimal comma is taken as what an officer means, 2.5.</param>
    public static ProgrammeQuery Map(SearchForm form, ModelStateDictionary state, DateOnly today, IQueryCollection? raw = null)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(state);
        ReplaceBindingErrors(state);
        if (raw is not null && raw["maxOwnShare"].ToString() is { Length: > 0 } share
            && System.Text.RegularExpressions.Regex.IsMatch(share, @"^\d{1,3},\d{1,4}$")
            && decimal.TryParse(share.Replace(',', '.'), System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var comma))
        {
            form.MaxOwnShare = comma;
        }

        if (form.Q is { Length: > SearchForm.MaxTextLength })
        {
            state.AddModelError("q", $"Der Suchtext ist zu lang (höchstens {SearchForm.MaxTextLength} Zeichen).");
            form.Q = form.Q[..SearchForm.MaxTextLength];
        }

        if (form.MaxOwnShare is < 0 or > 100)
        {
            state.AddModelError("maxOwnShare", "Eigenanteil höchstens: bitte eine Zahl von 0 bis 100 eingeben.");
            form.MaxOwnShare = null;
        }

        form.Topic = Known(form.Topic, Vocabularies.Topics, "topic", state);
        form.Applicant = Known(form.Applicant, Vocabularies.Applicants, "applicant", state);
        form.State = Known(form.State, Vocabularies.States, "state", state);
        form.Level = Known(form.Level, Vocabularies.Levels, "level", state);
        form.TargetGroup = Known(form.TargetGroup, Vocabularies.TargetGroups, "targetGroup", state);
        var sort = form.Sort switch
        {
            "deadline" => SearchSort.Deadline,
            "newest" => SearchSort.Newest,
            _ => SearchSort.Relevance,
        };
        var page = form.Seite is >= 1 and <= 10_000 ? form.Seite.Value : 1;
        return new ProgrammeQuery
        {
            Text = string.IsNullOrWhiteSpace(form.Q) ? null : form.Q,
            Topics = form.Topic, Applicants = form.Applicant, States = form.State, Levels = form.Level, TargetGroups = form.TargetGroup,
            MaxOwnShare = form.MaxOwnShare, DeadlineTo = form.DeadlineTo, DeadlineFrom = form.DeadlineTo is null ? null : today,
            Sort = sort, Page = page, PageSize = PageSize, Today = today,
        };
    }

    private static List<string> Known(List<string> ids, Vocabulary vocabulary, string field, ModelStateDictionary state)
    {
        var unknown = ids.Where(id => !vocabulary.Contains(id)).ToList();
        if (unknown.Count > 0)
        {
            state.AddModelError(field, $"{vocabulary.Label}: unbekannter Wert „{string.Join("“, „", unknown.Select(Shorten))}“ wurde nicht berücksichtigt.");
        }

        return ids.Where(vocabulary.Contains).Distinct(StringComparer.Ordinal).ToList();
    }

    private static void ReplaceBindingErrors(ModelStateDictionary state)
    {
        foreach (var key in state.Keys.Where(k => state[k]!.Errors.Count > 0).ToList())
        {
            var name = key.Contains('.', StringComparison.Ordinal) ? key[(key.LastIndexOf('.') + 1)..] : key;
            var message = name.ToUpperInvariant() switch
            {
                "MAXOWNSHARE" => "Eigenanteil höchstens: bitte eine Zahl von 0 bis 100 eingeben.",
                "DEADLINETO" => "Frist bis: bitte ein Datum eingeben (TT.MM.JJJJ).",
                "SEITE" => "Seite: bitte eine Zahl ab 1 angeben.",
                _ => $"Der Wert für „{name}“ ist ungültig.",
            };
            state.Remove(key);
            state.AddModelError(char.ToLowerInvariant(name[0]) + name[1..], message);
        }
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
