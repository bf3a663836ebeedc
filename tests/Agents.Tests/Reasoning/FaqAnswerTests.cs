using Hiring.Agents.Tests.Reasoning.Support;
using Hiring.Contracts.Outreach;
using Hiring.Contracts.Reasoning;
using Hiring.Reasoning.Faq;
using Hiring.Reasoning.Tasks;

namespace Hiring.Agents.Tests.Reasoning;

public sealed class FaqAnswerTests
{
    private static readonly FaqEntry[] Faq =
    [
        new("Can I work remotely?", "Yes: the team works remotely across Europe, with a week together each quarter."),
        new("What is the salary range?", "EUR 85,000 to 105,000, plus equity."),
        new("How many interview rounds are there?", "Three: a screen, a technical conversation and a team meeting."),
    ];

    [Theory]
    [InlineData("Is it possible to work from home?", "Can I work remotely?")]
    [InlineData("What salary does this role offer?", "What is the salary range?")]
    [InlineData("How many interviews will I have?", "How many interview rounds are there?")]
    public async Task TheBuiltInEngineAnswersWithTheNearestFaqEntry(string question, string expected)
    {
        var answer = await TestResources.FaqAnswerer().RunAsync(new FaqQuestion(question, Faq, "Go engineer"), ReasoningContext.None);

        Assert.True(answer.Answered);
        Assert.Equal(expected, answer.MatchedQuestion);
        Assert.Equal(Faq.Single(e => e.Question == expected).Answer, answer.Text);
        Assert.Equal(new Provenance(ReasoningEngine.BuiltIn, BuiltInFaqAnswerer.EngineName, BuiltInFaqAnswerer.ResourceName, "1", ModelTier.Fast), answer.Provenance);
    }

    /// <remarks>The threshold is conservative: a wrong answer to a candidate costs more than a hand-off, so a loose paraphrase goes to the recruiter too.</remarks>
    [Theory]
    [InlineData("What does the role pay?")]
    [InlineData("Do you sponsor visas for people moving from outside the EU?")]
    [InlineData("What parking is there at the office?")]
    public async Task AQuestionTheFaqDoesNotAnswerIsHandedToTheRecruiterHonestly(string question)
    {
        var answer = await TestResources.FaqAnswerer().RunAsync(new FaqQuestion(question, Faq, "Go engineer"), ReasoningContext.None);

        Assert.False(answer.Answered);
        Assert.Null(answer.MatchedQuestion);
        Assert.Equal("Thanks for asking! I don't have an answer to that yet, so I'll ask the recruiter and get back to you.", answer.Text);
    }

    [Fact]
    public async Task AnEmptyFaqAlwaysHandsOff()
    {
        var answer = await TestResources.FaqAnswerer().RunAsync(new FaqQuestion("Can I work remotely?", [], "Go engineer"), ReasoningContext.None);

        Assert.False(answer.Answered);
    }
}
