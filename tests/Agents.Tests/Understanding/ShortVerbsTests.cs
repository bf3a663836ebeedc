using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Agents.Tests.Understanding;

public sealed class ShortVerbsTests
{
    [Theory]
    [InlineData("helm wd be handy", "helm    be handy")]
    [InlineData("jira shd be there too", "jira     be there too")]
    [InlineData("figma cd help", "figma    help")]
    [InlineData("kafka and flink r musts", "kafka and flink   musts")]
    [InlineData("spanish r nice to have", "spanish   nice to have")]
    public void ShortenedVerbsBeforeWhatARequirementIsAreBlanked(string text, string read) => Assert.Equal(read, ShortVerbs.Blank(text));

    [Theory]
    [InlineData("python and r must be fluent")]
    [InlineData("stats in R required")]
    [InlineData("python + r required")]
    [InlineData("WD Red drives, CD burning")]
    [InlineData("r and python")]
    public void TheLanguageRAndOtherLettersStay(string text) => Assert.Equal(text, ShortVerbs.Blank(text));
}
