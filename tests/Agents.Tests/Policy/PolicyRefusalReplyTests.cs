using Hiring.Reasoning.Policy;

namespace Hiring.Agents.Tests.Policy;

/// <summary>What a refusal offers and says: the lawful rewording, and the reply naming each preference.</summary>
public sealed class PolicyRefusalReplyTests
{
    [Theory]
    [InlineData("Content marketer, remote US, must be a native English speaker", "Fluent English (C1+)")]
    [InlineData("Financial analyst in NYC, must be a US citizen", "Authorized to work in the US")]
    [InlineData("Senior PM in London, digital natives only", "Proficient with modern software tools")]
    [InlineData("Backend engineer in Berlin, no more than 10 years of experience", "Describe the level the role needs (for example mid-level) instead of capping experience")]
    [InlineData("Warehouse picker in Leeds, able-bodied", "Able to perform the role's essential tasks (name them), with or without reasonable accommodation")]
    public void ARefusalOffersTheLawfulRewordingWhereThereIsOne(string message, string rewording) =>
        Assert.Equal(rewording, Assert.Single(PolicyResources.Messages.Screen(message).Findings).Rewording);

    [Fact]
    public void ARefusalWithoutALawfulAlternativeOffersNone() =>
        Assert.Null(Assert.Single(PolicyResources.Messages.Screen("Backend dev in Berlin, male candidates preferred").Findings).Rewording);

    [Fact]
    public void TheReplyNamesEachPreferenceWithItsAttributeReasonAndRewordingThenWhatGoesOn()
    {
        var screening = PolicyResources.Messages.Screen("Content marketer in Austin, must be a native English speaker, male candidates preferred");

        var reply = PolicyResources.Replies.Refusal(screening);

        Assert.Contains("\"must be a native English speaker\" (national origin)", reply, StringComparison.Ordinal);
        Assert.Contains("Fluent English (C1+)", reply, StringComparison.Ordinal);
        Assert.Contains("\"male candidates preferred\" (gender): Gender is a protected attribute.", reply, StringComparison.Ordinal);
        Assert.EndsWith("\"Content marketer in Austin\".", reply, StringComparison.Ordinal);
    }

    [Fact]
    public void TheReplyToAMessageWithNothingLawfulLeftSaysThereIsNothingToGoOnWith()
    {
        var screening = PolicyResources.Messages.Screen("only hire young people");

        Assert.Equal("", screening.Remaining);
        Assert.EndsWith("There is nothing else in the message for me to act on.", PolicyResources.Replies.Refusal(screening), StringComparison.Ordinal);
    }
}
