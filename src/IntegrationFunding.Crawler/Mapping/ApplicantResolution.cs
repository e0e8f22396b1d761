using IntegrationFunding.Domain.Taxonomy;

namespace IntegrationFunding.Crawler.Mapping;

/// <summary>
/// Who may apply, from the prose and a source's categories: the prose decides; a category (the Förderdatenbank's
/// "Kommune" → all municipal kinds) only fills what the prose leaves open, so stated limits are not widened.
/// <c>municipalitiesEligible</c> follows the resulting applicants: true when a municipal kind is among them, false when
/// applicants are known and none is municipal; otherwise what the prose says about municipalities, then the category.
/// </summary>
public static class ApplicantResolution
{
    public static (IReadOnlyList<string> Applicants, bool? MunicipalitiesEligible, bool FromCategories) Resolve(
        IReadOnlyList<string> fromProse, bool? proseMunicipalities, IReadOnlyList<string> fromCategories, bool categoriesNameMunicipalities)
    {
        ArgumentNullException.ThrowIfNull(fromProse);
        ArgumentNullException.ThrowIfNull(fromCategories);
        var fromCategoriesOnly = fromProse.Count == 0 && fromCategories.Count > 0;
        var applicants = fromProse.Count > 0 ? fromProse : fromCategories;
        bool? eligible = applicants.Any(Vocabularies.MunicipalApplicants.Contains) ? true
            : applicants.Count > 0 ? false
            : proseMunicipalities ?? (categoriesNameMunicipalities ? true : null);
        return (applicants, eligible, fromCategoriesOnly);
    }
}
