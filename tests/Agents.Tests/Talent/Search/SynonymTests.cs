using Hiring.Talent.Search;

namespace Hiring.Agents.Tests.Talent.Search;

public sealed class SynonymTests(SamplePoolFixture pool) : IClassFixture<SamplePoolFixture>
{
    private readonly SearchHarness _harness = pool.Harness;

    [Theory]
    [InlineData("skill:k8s")]
    [InlineData("skill:kubernetes")]
    [InlineData("skill:golang")]
    [InlineData("skill:go")]
    [InlineData("skill:postgresql")]
    [InlineData("k8s")]
    [InlineData("kubernetes")]
    public void SkillAliasesFindTheCanonicalSkillAndBack(string query) =>
        Assert.Equal(["gopher"], _harness.Ids(query));

    [Fact]
    public void AnAliasWrittenOnTheProfileIsFoundByTheCanonicalName() =>
        Assert.Equal(["frontend"], _harness.Ids("skill:javascript"));

    [Fact]
    public void SweFindsSoftwareEngineers() =>
        Assert.Equal(["gopher", "swe"], _harness.Ids("title:SWE").Order());

    [Fact]
    public void AKnownTitleIsExplainedByItsCanonicalName()
    {
        var hit = _harness.Search.Search(new TalentSearchRequest("title:SWE", Mode: SearchMode.Boolean)).Hits[0];

        Assert.Equal("swe", hit.Id);
        Assert.Contains(hit.Reasons, r => r.Field == "current title" && r.Terms.SequenceEqual(["software engineer"]));
    }

    [Fact]
    public void BackendDeveloperFindsBackendEngineers() =>
        Assert.Equal(["gopher"], _harness.Ids("title:\"backend developer\""));

    [Fact]
    public void AnAliasInsideALongerTitleIsExpanded() =>
        Assert.Contains("senior software engineer", _harness.Taxonomy.TitleVariants("Senior SWE"));

    [Fact]
    public void KnownTitlesAreFoundInsideLongerTitles() =>
        Assert.Equal(["backend engineer"], _harness.Taxonomy.TitlesWithin("Senior Backend Developer, Payments"));

    [Fact]
    public void TheTaxonomyFileGivesNeighboursAndFamilies()
    {
        Assert.Contains("docker", _harness.Taxonomy.RelatedSkills("k8s"));
        Assert.Equal("software engineering", _harness.Taxonomy.TitleFamily("SWE"));
        Assert.Contains("backend engineer", _harness.Taxonomy.TitlesInFamily("software engineering"));
    }

    [Fact]
    public void AMalformedSkillVocabularySaysWhere()
    {
        var error = Assert.Throws<InvalidDataException>(() => Hiring.Reasoning.Understanding.Skills.SkillVocabulary.Parse("skills:\n  - name: go\n    aliases: [golang\n", source: "skills.yaml"));

        Assert.Contains("skills.yaml", error.Message, StringComparison.Ordinal);
        Assert.Contains("line", error.Message, StringComparison.Ordinal);
    }
}
