using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Agents.Tests.Understanding;

public sealed class ShortcodesTests
{
    [Theory]
    [InlineData("Kotlin a bonus :raised_hands:", "Kotlin a bonus")]
    [InlineData(":rocket: new role: barista in Leeds :+1:", "new role: barista in Leeds :+1:")]
    [InlineData("pls :thumbsup::smile:", "pls")]
    public void EmojiWrittenAsTheirNamesAreBlanked(string text, string kept)
    {
        var read = Shortcodes.Blank(text);

        Assert.Equal(text.Length, read.Length);
        Assert.Equal(kept, string.Join(' ', read.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Theory]
    [InlineData("Sent: Tuesday, 9:14:30 am")]
    [InlineData("Nice to have: dbt, Kafka")]
    [InlineData("must:python: and go")]
    public void ColonsOfLabelsAndTimesStay(string text) => Assert.Equal(text, Shortcodes.Blank(text));
}
