using IntegrationFunding.Api.Ui.Presentation;
using IntegrationFunding.Api.Ui.Search;
using IntegrationFunding.Domain.Taxonomy;

namespace IntegrationFunding.Api.Ui.Subscriptions;

/// <summary>A search in plain German for the digest form ("Suchbegriff: „Sprachkurs“", "Handlungsfeld: Sprache"), and the link to subscribe to it.</summary>
public static class SearchSummary
{
    /// <summary>One line per term or filter; empty when the search has neither.</summary>
    public static IReadOnlyList<string> Lines(SearchForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var lines = new List<string>();
        if (!string.IsNullOrWhiteSpace(form.Q))
        {
            lines.Add($"Suchbegriff: „{form.Q.Trim()}“");
        }

        foreach (var (vocabulary, ids) in new[]
        {
            (Vocabularies.Topics, form.Topic), (Vocabularies.Applicants, form.Applicant), (Vocabularies.States, form.State),
            (Vocabularies.Levels, form.Level), (Vocabularies.TargetGroups, form.TargetGroup),
        })
        {
            if (ids.Count > 0)
            {
                lines.Add($"{vocabulary.Label}: {GermanFormat.Labels(vocabulary, ids)}");
            }
        }

        if (form.MaxOwnShare is { } share)
        {
            lines.Add($"Eigenanteil höchstens: {GermanFormat.Percent(share)}");
        }

        if (form.DeadlineTo is { } to)
        {
            lines.Add($"Frist bis: {GermanFormat.Date(to)}");
        }

        return lines;
    }

    /// <summary><c>/abo?…</c> with the search's terms and filters (sorting and page are left out: a digest has neither).</summary>
    public static string SubscribeUrl(SearchForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var search = new SearchForm
        {
            Q = form.Q, Topic = form.Topic, Applicant = form.Applicant, State = form.State, Level = form.Level,
            TargetGroup = form.TargetGroup, MaxOwnShare = form.MaxOwnShare, DeadlineTo = form.DeadlineTo,
        };
        return "/abo" + search.Url(1)["/suche".Length..];
    }

    /// <summary><c>/abo?profil=…</c> for a Förderprofil's private id.</summary>
    public static string SubscribeUrl(string profileId) =>
        "/abo?profil=" + Uri.EscapeDataString(profileId ?? throw new ArgumentNullException(nameof(profileId)));
}
