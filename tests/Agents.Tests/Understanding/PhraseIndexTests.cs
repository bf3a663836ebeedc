using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Agents.Tests.Understanding;

public class PhraseIndexTests
{
    private static PhraseIndex<string> Index()
    {
        var index = new PhraseIndex<string>();
        index.Add("backend engineer", "backend engineer");
        index.Add("back-end developer", "backend engineer");
        index.Add("engineer", "engineer");
        index.Add("Go", "go", PhraseOptions.CaseSensitive | PhraseOptions.NoPlural);
        index.Add("golang", "go");
        index.Add("ci/cd", "continuous integration");
        index.Add("München", "munich");
        index.Add("AE", "account executive", PhraseOptions.CaseSensitive);
        index.Add("rust", "rust", PhraseOptions.NoPlural);
        return index;
    }

    [Fact]
    public void TheLongestPhraseWinsFromLeftToRight()
    {
        var found = Index().FindAll("Senior Back-End Developers, Go and CI/CD, munchen");
        Assert.Equal(["backend engineer", "go", "continuous integration", "munich"], found.Select(m => m.Value));
        Assert.Equal("Back-End Developers", found[0].Text);
    }

    [Fact]
    public void CaseSensitivePhrasesMatchOnlyAsWritten()
    {
        var index = Index();
        Assert.Empty(index.FindAll("go ahead and set it up"));
        Assert.Equal(["account executive"], index.FindAll("two AEs in Denver").Select(m => m.Value));
        Assert.Empty(index.FindAll("the aes were fine"));
    }

    [Fact]
    public void PluralsMatchUnlessThePhraseForbidsThem()
    {
        var index = Index();
        Assert.True(index.TryGet("engineers", out var engineer));
        Assert.Equal("engineer", engineer);
        Assert.False(index.TryGet("rusts", out _));
        Assert.False(index.TryGet("/", out _));
    }

    [Fact]
    public void TheFirstValueAddedForAPhraseWins()
    {
        var index = Index();
        Assert.False(index.Add("Backend Engineer", "other"));
        Assert.True(index.TryGet("BACKEND ENGINEER", out var value));
        Assert.Equal("backend engineer", value);
    }
}
