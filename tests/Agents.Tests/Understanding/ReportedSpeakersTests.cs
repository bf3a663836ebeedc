using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Agents.Tests.Understanding;

public sealed class ReportedSpeakersTests
{
    [Theory]
    [InlineData("make it 3 years, the ward manager just messaged me", "the ward manager")]
    [InlineData("our head chef says French is a plus", "our head chef")]
    [InlineData("the FD has changed his mind about the years", "the FD")]
    [InlineData("my engineering director would rather have Go", "my engineering director")]
    [InlineData("the head of engineering just messaged me, make it 4 years", "the head of engineering")]
    public void APersonNamedByTheirJobWhoSaysSomethingIsBlanked(string text, string speaker)
    {
        var blanked = ReportedSpeakers.Blank(text);
        Assert.DoesNotContain(speaker, blanked, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(text.Length, blanked.Length);
    }

    [Theory]
    [InlineData("we need a ward manager in Leeds")]
    [InlineData("The Data Engineer will own our pipelines")]
    [InlineData("the Dublin office wants a data analyst")]
    [InlineData("the nurse manager role needs NMBI registration")]
    public void ARoleAskedForIsLeftAlone(string text) => Assert.Equal(text, ReportedSpeakers.Blank(text));
}
