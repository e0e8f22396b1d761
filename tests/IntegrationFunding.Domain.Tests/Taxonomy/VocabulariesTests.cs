using IntegrationFunding.Domain.Taxonomy;

namespace IntegrationFunding.Domain.Tests.Taxonomy;

public sealed class VocabulariesTests
{
    [Fact]
    public void Vocabularies_HaveTheBriefsIds()
    {
        Assert.Equal(["eu", "bund", "land", "kommune", "stiftung", "sonstige"], Vocabularies.Levels.Ids);
        Assert.Equal(16, Vocabularies.States.Terms.Count);
        Assert.Equal(14, Vocabularies.Topics.Terms.Count);
        Assert.Equal(9, Vocabularies.TargetGroups.Terms.Count);
        // The brief's 15 applicant ids plus "gemeindeverband" (Amt, Verbandsgemeinde, Samtgemeinde …), an extension.
        Assert.Equal(16, Vocabularies.Applicants.Terms.Count);
        Assert.Contains("gemeindeverband", Vocabularies.Applicants.Ids);
        Assert.Equal(["rolling", "fixed", "periodic", "closed", "unknown"], Vocabularies.DeadlineTypes.Ids);
    }

    [Fact]
    public void EveryTopicAndTargetGroup_HasAGermanLabelAndSynonyms()
    {
        foreach (var term in Vocabularies.Topics.Terms.Concat(Vocabularies.TargetGroups.Terms))
        {
            Assert.False(string.IsNullOrWhiteSpace(term.Label));
            Assert.NotEmpty(term.Synonyms);
        }
    }
}
