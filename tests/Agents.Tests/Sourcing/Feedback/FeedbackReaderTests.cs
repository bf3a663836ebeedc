using Hiring.Agents.Sourcing;
using Hiring.Agents.Sourcing.Feedback;
using Hiring.Reasoning.Prompts;

namespace Hiring.Agents.Tests.Sourcing.Feedback;

public sealed class FeedbackReaderTests
{
    private static readonly FeedbackReader Reader = new(FeedbackPhrases.Load(new PromptLibrary(PromptLibrary.Locate(AppContext.BaseDirectory))));

    private static readonly IReadOnlyList<ShownCandidate> Batch =
    [
        new(1, "c1", "Lena Vogel"), new(2, "c2", "Tomasz Nowak"), new(3, "c3", "Priya Raman"), new(4, "c4", "Ana Lopez"),
        new(5, "c5", "Kwame Mensah"), new(6, "c6", "Sofia Rossi"),
    ];

    /// <summary>"+1 -2 -3(TooJunior)": position, liked, and the reason when one is expected.</summary>
    private static string Read(string text, bool contributorRole = true)
    {
        var reading = Reader.Read(text, Batch, contributorRole);
        return string.Join(' ', reading.Reactions.Select(r => $"{(r.Liked ? '+' : '-')}{r.Candidate.Position}{Reason(r)}"));
    }

    private static string Reason(ReadReaction reaction) => reaction.MoreLikeThis ? "(MoreLikeThis)" : reaction.Reason == FeedbackReason.None ? "" : $"({reaction.Reason})";

    [Theory]
    [InlineData("1 and 3 look right, 2 is too junior", "+1 -2(TooJunior) +3")]
    [InlineData("the second one isn't a fit", "-2")]
    [InlineData("the second one is not a fit", "-2")]
    [InlineData("#4 is perfect, more like her", "+4(MoreLikeThis)")]
    [InlineData("number four is perfect, more like her", "+4(MoreLikeThis)")]
    [InlineData("thumbs up on the first two", "+1 +2")]
    [InlineData("1, 3 and 5 look great; 2 and 4 are too junior; 6 is in the wrong city", "+1 -2(TooJunior) +3 -4(TooJunior) +5 -6(WrongPlace)")]
    [InlineData("1 looks right and 2 is too junior", "+1 -2(TooJunior)")]
    [InlineData("I like 1 and 2", "+1 +2")]
    [InlineData("candidates 1-3 look right", "+1 +2 +3")]
    [InlineData("liked the third, the rest are too junior", "-1(TooJunior) -2(TooJunior) +3 -4(TooJunior) -5(TooJunior) -6(TooJunior)")]
    [InlineData("all good except 3", "+1 +2 -3 +4 +5 +6")]
    [InlineData("3 is a manager", "-3(Management)")]
    [InlineData("#2 👍, #5 👎", "+2 -5")]
    [InlineData("2: too junior. 4: not senior enough", "-2(TooJunior) -4(TooJunior)")]
    [InlineData("Priya looks right, Tomasz doesn't", "-2 +3")]
    [InlineData("the last one is perfect", "+6")]
    [InlineData("5 is overqualified", "-5(TooSenior)")]
    [InlineData("not 3", "-3")]
    [InlineData("drop 2 and 6", "-2 -6")]
    [InlineData("c4 looks right", "+4")]
    [InlineData("1 has no kubernetes", "-1(MissingSkill)")]
    [InlineData("Number 1 and number 3 are a good fit. 2 has 5+ years but is too junior", "+1 -2(TooJunior) +3")]
    public void ReactionsToNamedCandidatesAreReadAgainstTheOrderShown(string text, string expected)
    {
        Assert.Equal(expected, Read(text));
    }

    [Theory]
    [InlineData("none of these, they're all managers", "Management")]
    [InlineData("none of these are right, they are all managers", "Management")]
    [InlineData("too senior", "TooSenior")]
    [InlineData("wrong city", "WrongPlace")]
    [InlineData("these look good but too senior", "TooSenior")]
    [InlineData("nope, all of them are too junior", "TooJunior")]
    public void ReactionsToTheWholeBatchApplyToEveryCandidateShown(string text, string reason)
    {
        var reading = Reader.Read(text, Batch);

        Assert.Equal(6, reading.Reactions.Count);
        Assert.All(reading.Reactions, r => Assert.False(r.Liked));
        Assert.All(reading.Reactions, r => Assert.Equal(reason, r.Reason.ToString()));
        Assert.Contains(Enum.Parse<FeedbackReason>(reason), reading.BatchReasons);
    }

    [Fact]
    public void AllLookRightLikesTheWholeBatch()
    {
        Assert.Equal("+1 +2 +3 +4 +5 +6", Read("these all look right"));
    }

    [Fact]
    public void ManagersAreNoReasonForAManagementRole()
    {
        Assert.Equal("+3", Read("3 is a great engineering manager", contributorRole: false));
    }

    [Fact]
    public void NumbersThatCountYearsOrSkillsAreNotCandidates()
    {
        Assert.Equal("", Read("we need 5+ years of k8s"));
    }

    [Fact]
    public void WordsThatSayNothingAboutTheCandidatesAreNotUnderstood()
    {
        var reading = Reader.Read("hmm, let me think about it", Batch);

        Assert.False(reading.Understood);
        Assert.Empty(reading.Reactions);
    }

    [Fact]
    public void AMissingSkillIsNamed()
    {
        Assert.Equal(["kubernetes"], Reader.Read("1 has no kubernetes experience", Batch).MissingSkills);
    }

    [Theory]
    [InlineData("too junior for us", FeedbackReason.TooJunior)]
    [InlineData("more like this one please", FeedbackReason.MoreLikeThis)]
    [InlineData("director, not hands-on", FeedbackReason.Management)]
    [InlineData("lives in Mumbai", FeedbackReason.WrongPlace)]
    [InlineData("great profile", FeedbackReason.None)]
    public void AThumbsReasonIsReadForWhatItTellsTheSearch(string words, FeedbackReason reason)
    {
        Assert.Equal(reason, Reader.ReasonOf(words));
    }
}
