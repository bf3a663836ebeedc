using System.Text.RegularExpressions;
using Hiring.Agents.Memory;
using Hiring.Agents.Tests.Reasoning.Support;

namespace Hiring.Agents.Tests.Memory;

/// <summary>
/// What a recruiter says in passing inside other work and still means to last: someone named with what they do, what a
/// client pays and on what terms, who is copied on a kind of deliverable, a client's rule or liking by its pronoun; the
/// work's subject kept with such a fact; forgetting in other words ("let go of that", "…, that's no longer true"), beside
/// work put off for a while that forgets nothing; and questions to the memory that never say "remember".
/// </summary>
public sealed class MemoryInPassingTests
{
    private static readonly MemoryRules Rules = MemoryRules.Load(TestResources.Prompts);
    private readonly MemoryStatementReader _reader = new(Rules, new ProtectedNotes(Rules));

    [Theory]
    [InlineData("can you line up sous chefs near York? Priya (head chef at the Minster site) never takes anyone without banqueting experience", "Priya")]
    [InlineData("pull some QA leads for Halden Foods, their plant director Okafor wants Six Sigma green belts", "Okafor")]
    [InlineData("need two estimators in Derby. Castell's commercial lead Dr Ames signs nothing under NEC4", "Ames")]
    [InlineData("Tarrant Legal pay us 22% on perm roles", "22%")]
    [InlineData("find me a paralegal, and heads up Tarrant are on a special rate of 16% this year", "16%")]
    [InlineData("for graduate shortlists, cc Olu from the campus team", "Olu")]
    [InlineData("Brook & Vale won't take any welder without a coded ticket", "coded ticket")]
    public void AFactOrARuleToldInPassingIsKeptBesideTheWork(string message, string kept)
    {
        var statement = Assert.Single(_reader.Read(message));

        Assert.Contains(kept, statement.Text, StringComparison.Ordinal);
        Assert.False(statement.Weak);
    }

    [Theory]
    [InlineData("ok. they really do need a full driving licence, it's an insurance thing")]
    [InlineData("they're also open to consider people from agency backgrounds")]
    [InlineData("and Leeds candidates have to hold a forklift ticket already")]
    public void AClientsRuleOrLikingByItsPronounOrItsPlaceIsANoteKeptWhenNoWorkIsAsked(string message) =>
        Assert.True(Assert.Single(_reader.Read(message)).Weak);

    [Theory]
    [InlineData("They need strong Sage knowledge and should be happy doing payroll")]
    [InlineData("they need to be based within an hour of Leeds")]
    public void WhatTheHireNeedsIsNoNote(string message) =>
        Assert.Empty(_reader.Read(message));

    [Fact]
    public void TheRoleItselfIsNoSubjectForAFactToldBesideIt()
    {
        const string message = "working on the head of risk req - for anyone coming from a Big 4 assume 3 months notice";

        Assert.Null(_reader.ScopeOf(message, _reader.Read(message)));
    }

    [Theory]
    [InlineData("working the night porter req for the Keswick hotel. Tomas (duty manager) wants hospitality experience", "Keswick")]
    [InlineData("send me the longlist for Hartwell & Co. Sam (finance partner) wants ACA only", "Hartwell & Co")]
    public void TheWorksSubjectIsWhatAFactToldBesideItIsAbout(string message, string scope)
    {
        var statements = _reader.Read(message);

        Assert.Contains(scope, _reader.ScopeOf(message, statements), StringComparison.Ordinal);
    }

    [Fact]
    public void ANameFollowedByAVerbInThePastOpensTheSentenceAsAName() =>
        Assert.Contains("Halden", MemoryCorrection.Names("Halden renegotiated last week, they're on 19% now"));

    [Theory]
    [InlineData("ok you can let go of that, the flat fell through")]
    [InlineData("let it go, plans changed")]
    public void LettingGoOfWhatWasJustSaidForgetsIt(string message) =>
        Assert.Matches(new Regex(Rules.ForgetThat, RegexOptions.IgnoreCase), message);

    [Fact]
    public void ARuleNamedAndThenCalledUntrueIsForgotten()
    {
        var about = new Regex(Rules.ForgetAbout, RegexOptions.IgnoreCase).Match("the forklift rule in Leeds, that's no longer true");

        Assert.True(about.Success);
        Assert.Contains("Leeds", about.Groups["subject"].Captures.Select(c => c.Value), StringComparer.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("forget the Leeds shortlist for now, back to it on Friday", true)]
    [InlineData("forget about calling Tomas today, he's in meetings", true)]
    [InlineData("park the Galway search till Monday", true)]
    [InlineData("forget what I said about Leeds for now", false)]
    [InlineData("forget the Galway note", false)]
    public void WorkPutOffForAWhileIsNoRequestToForget(string message, bool putsOff) =>
        Assert.Equal(putsOff, new Regex(Rules.ForgetForNow, RegexOptions.IgnoreCase).IsMatch(message));

    [Theory]
    [InlineData("what's our standard rate with Halden?")]
    [InlineData("what have you got on Halden Foods")]
    [InlineData("what do you have noted for the Keswick hotel?")]
    public void AQuestionAboutWhatIsOnFileOrUsualAsksTheMemory(string message) =>
        Assert.Matches(new Regex(Rules.RecallCues, RegexOptions.IgnoreCase), message);

    [Theory]
    [InlineData("Halden are on a special rate of 16%", "what do we charge Halden")]
    [InlineData("we only use Redline Staffing for temps now", "agencies")]
    [InlineData("the Hull client won't take a sparky without JIB gold", "electricians")]
    [InlineData("I prefer nurses with ITU rotations", "critical care")]
    public void AQuestionOrAForgetInOtherWordsMeetsTheMemorysWord(string memory, string asked)
    {
        var words = new MemoryWords(Rules.CommonWords, Rules.Synonyms, Rules.Kinds);

        Assert.True(words.Shared(words.Content(memory), words.Content(asked)) > 0);
    }

    [Theory]
    [InlineData("forget everything about the Dublin hires")]
    [InlineData("wipe anything you've got on Priya")]
    public void ForgettingEverythingAboutASubjectAsksForEveryMemoryThatNamesIt(string message) =>
        Assert.Matches(new Regex(Rules.ForgetEvery, RegexOptions.IgnoreCase), message);
}
