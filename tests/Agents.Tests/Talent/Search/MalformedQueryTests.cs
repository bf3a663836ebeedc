using Hiring.Talent.Search;

namespace Hiring.Agents.Tests.Talent.Search;

public sealed class MalformedQueryTests : IDisposable
{
    private readonly TalentQueryCompiler _compiler = new(TalentTaxonomy.LoadDefault());

    [Fact]
    public void ADanglingOperatorSaysTheQueryEndsTooEarlyAndWhere()
    {
        var error = Assert.Throws<TalentQuerySyntaxException>(() => _compiler.Parse("skill:go AND"));

        Assert.Equal(1, error.Line);
        Assert.Equal(13, error.Column);
        Assert.Contains("ends too early after 'AND'", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 1, column 13", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnclosedParenthesisSaysAClosingOneIsExpected()
    {
        var error = Assert.Throws<TalentQuerySyntaxException>(() => _compiler.Parse("(skill:go OR skill:java"));

        Assert.Contains("expected one of ')'", error.Message, StringComparison.Ordinal);
        Assert.Equal(24, error.Column);
    }

    [Fact]
    public void AnUnclosedQuoteIsNamed()
    {
        var error = Assert.Throws<TalentQuerySyntaxException>(() => _compiler.Parse("title:\"software engineer"));

        Assert.Contains("quoted phrase that starts here is not closed", error.Message, StringComparison.Ordinal);
        Assert.Equal(7, error.Column);
    }

    [Fact]
    public void AnOperatorInTheWrongPlaceIsQuoted()
    {
        var error = Assert.Throws<TalentQuerySyntaxException>(() => _compiler.Parse("skill:go AND OR skill:java"));

        Assert.Contains("unexpected 'OR'", error.Message, StringComparison.Ordinal);
        Assert.Equal(14, error.Column);
    }

    [Fact]
    public void AnUnknownFieldListsTheFieldsThatExist()
    {
        var error = Assert.Throws<TalentQuerySyntaxException>(() => _compiler.Parse("salary:100000"));

        Assert.Contains("unknown field 'salary:'", error.Message, StringComparison.Ordinal);
        Assert.Contains("skill:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSearchServiceReportsTheSameError()
    {
        using var harness = new SearchHarness();

        Assert.Throws<TalentQuerySyntaxException>(() => harness.Search.Search(new TalentSearchRequest("skill:go AND")));
    }

    public void Dispose() => _compiler.Dispose();
}
