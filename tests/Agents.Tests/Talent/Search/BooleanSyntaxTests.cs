namespace Hiring.Agents.Tests.Talent.Search;

public sealed class BooleanSyntaxTests(SamplePoolFixture pool) : IClassFixture<SamplePoolFixture>
{
    private readonly SearchHarness _harness = pool.Harness;

    [Fact]
    public void AndRequiresEveryPart() =>
        Assert.Equal(["gopher"], _harness.Ids("skill:go AND location:berlin"));

    [Fact]
    public void WordsWithoutAnOperatorAreAllRequired() =>
        Assert.Equal(["gopher"], _harness.Ids("stripe berlin"));

    [Fact]
    public void OrAcceptsEitherPart() =>
        Assert.Equal(["data", "frontend"], _harness.Ids("skill:python OR skill:react").Order());

    [Fact]
    public void NotExcludesProfiles() =>
        Assert.Equal(["gopher"], _harness.Ids("location:berlin NOT title:nurse"));

    [Fact]
    public void QuotesMatchWordsInOrder()
    {
        Assert.Equal(["gopher", "swe"], _harness.Ids("title:\"software engineer\"").Order());
        Assert.Empty(_harness.Ids("title:\"engineer software\""));
    }

    [Fact]
    public void ParenthesesGroupAlternatives() =>
        Assert.Equal(["frontend"], _harness.Ids("(skill:python OR skill:javascript) AND location:toronto"));

    [Theory]
    [InlineData("title:nurse", "nurse")]
    [InlineData("skill:react", "frontend")]
    [InlineData("company:shopify", "frontend")]
    [InlineData("location:seattle", "swe")]
    [InlineData("location:GB", "data")]
    [InlineData("school:\"imperial college\"", "data")]
    [InlineData("name:greta", "gopher")]
    [InlineData("headline:forecasting", "data")]
    [InlineData("Charite", "nurse")]
    [InlineData("micro*", "swe")]
    public void EachFieldFindsItsProfile(string query, string expected) =>
        Assert.Equal([expected], _harness.Ids(query));

    [Fact]
    public void CompanyFindsPastEmployersToo() =>
        Assert.Equal(["data", "gopher"], _harness.Ids("company:google").Order());

    [Fact]
    public void CurrentTitleRanksAboveAPastTitle() =>
        Assert.Equal(["swe", "gopher"], _harness.Ids("title:\"software engineer\""));

    [Fact]
    public void EachHitSaysWhichFieldsAndTermsMatched()
    {
        var hit = Assert.Single(_harness.Search.Search(new("skill:go AND location:berlin", Mode: Hiring.Talent.Search.SearchMode.Boolean)).Hits);

        Assert.Contains(hit.Reasons, r => r.Field == "skill" && r.Terms.Contains("go"));
        Assert.Contains(hit.Reasons, r => r.Field == "location" && r.Terms.Contains("berlin"));
        Assert.Equal("Backend Engineer", hit.CurrentTitle);
        Assert.Equal("Stripe", hit.CurrentCompany);
    }

    [Fact]
    public void ExcludedTermsAreNotGivenAsReasons()
    {
        var hit = Assert.Single(_harness.Search.Search(new("location:berlin NOT title:nurse", Mode: Hiring.Talent.Search.SearchMode.Boolean)).Hits);

        Assert.DoesNotContain(hit.Reasons, r => r.Terms.Contains("nurse"));
    }

    [Fact]
    public void PunctuationAloneDoesNotEmptyTheResult() =>
        Assert.Equal(["data"], _harness.Ids("skill:python AND ,"));

    [Fact]
    public void AnEmptyQueryMatchesTheWholePool() =>
        Assert.Equal(5, _harness.Ids("").Count);
}
