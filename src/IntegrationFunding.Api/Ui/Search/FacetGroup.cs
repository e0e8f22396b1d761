using IntegrationFunding.Domain.Taxonomy;
using IntegrationFunding.Search.Querying;

namespace IntegrationFunding.Api.Ui.Search;

/// <summary>One group of facet checkboxes: a GET parameter, its vocabulary and its counts over the results filtered by all other groups (values of one group are alternatives).</summary>
public sealed record FacetGroup(string Parameter, string Legend, IReadOnlyList<FacetOption> Options)
{
    public static IReadOnlyList<FacetGroup> From(SearchFacets facets, SearchForm form)
    {
        ArgumentNullException.ThrowIfNull(facets);
        ArgumentNullException.ThrowIfNull(form);
        return
        [
            Build("topic", "Handlungsfeld", Vocabularies.Topics, facets.Topics, form),
            Build("applicant", "Wer darf beantragen?", Vocabularies.Applicants, facets.Applicants, form),
            Build("state", "Bundesland", Vocabularies.States, facets.States, form),
            Build("level", "Ebene", Vocabularies.Levels, facets.Levels, form),
            Build("targetGroup", "Zielgruppe", Vocabularies.TargetGroups, facets.TargetGroups, form),
        ];
    }

    private static FacetGroup Build(string parameter, string legend, Vocabulary vocabulary, IReadOnlyDictionary<string, int> counts, SearchForm form)
    {
        var selected = form.Selected(parameter);
        var options = vocabulary.Terms
            .Select(t => new FacetOption(t.Id, t.Label, counts.GetValueOrDefault(t.Id), selected.Contains(t.Id)))
            .Where(o => o.Count > 0 || o.Checked)
            .ToList();
        return new FacetGroup(parameter, legend, options);
    }
}

public sealed record FacetOption(string Id, string Label, int Count, bool Checked);
