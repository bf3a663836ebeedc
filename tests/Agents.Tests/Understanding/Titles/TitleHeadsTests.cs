using Hiring.Reasoning.Understanding.Text;
using Hiring.Reasoning.Understanding.Titles;

namespace Hiring.Agents.Tests.Understanding.Titles;

public class TitleHeadsTests
{
    private static TitleHeads Heads => TitleResources.Heads;

    [Theory]
    [InlineData("We need a growth hacker for the launch", "growth hacker", "growth hacker")]
    [InlineData("Looking for 2 People Partners in Berlin", "people partner", "People Partners")]
    [InlineData("hire three senior kotlin engineers asap", "kotlin engineer", "kotlin engineers")]
    [InlineData("Find me a Head of Growth Marketing in London", "head of growth marketing", "Head of Growth Marketing")]
    [InlineData("two VPs of Partnerships", "vp of partnerships", "VPs of Partnerships")]
    [InlineData("an ML/AI research engineer", "ml/ai research engineer", "ML/AI research engineer")]
    [InlineData("we want a data engineer lead", "data engineer lead", "data engineer lead")]
    [InlineData("our engineers lead the migration", "engineer", "engineers")]
    [InlineData("someone who can lead the platform team, a staff platform designer", "platform designer", "platform designer")]
    public void TheTitleIsTheNounPhraseEndingInAHeadNoun(string message, string title, string written)
    {
        var phrase = Heads.TitlePhrase(message);
        Assert.NotNull(phrase);
        Assert.Equal(title, phrase.Value);
        Assert.Equal(written, phrase.Text);
    }

    [Theory]
    [InlineData("hire a Kotlin wizard")]
    [InlineData("what is the weather in Berlin")]
    [InlineData("we need an intern")]
    [InlineData("move the lead to the next stage")]
    public void WithoutAHeadNounThereIsNoTitlePhrase(string message)
    {
        Assert.Null(Heads.TitlePhrase(message));
    }

    [Fact]
    public void SkippedSpansOfSkillsAndPlacesAreLeftOut()
    {
        const string message = "Senior backend Go engineer in Berlin";
        var tokens = Tokenizer.Tokenize(message);
        var go = message.IndexOf("Go", StringComparison.Ordinal);
        var phrase = Heads.TitlePhrase(message, tokens, [(go, 2)]);
        Assert.NotNull(phrase);
        Assert.Equal("backend engineer", phrase.Value);
        Assert.Equal("backend Go engineer", phrase.Text);

        var berlinOnly = Heads.TitlePhrase("Berlin engineers wanted", Tokenizer.Tokenize("Berlin engineers wanted"), [(0, 6)]);
        Assert.Equal("engineer", berlinOnly?.Value);
    }

    [Fact]
    public void HeadNounsAreKnownInThePlural()
    {
        Assert.True(Heads.IsHead("Secretaries", out var singular));
        Assert.Equal("secretary", singular);
        Assert.True(Heads.IsHead("nurses", out _));
        Assert.False(Heads.IsHead("wizard", out _));
    }
}
