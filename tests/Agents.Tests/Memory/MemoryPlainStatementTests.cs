using Hiring.Agents.Memory;
using Hiring.Agents.Tests.Reasoning.Support;

namespace Hiring.Agents.Tests.Memory;

/// <summary>
/// Statements about a client, a person, a place or the recruiter's own habits told with no cue and no request for work:
/// a step someone else does in the passive, who must approve beyond a band, a role's pay band, the recruiter's hours,
/// everyone of a kind put through a step, a candidate going on to a stage, Dutch roles, processes and rules; a bare cue
/// before a dash, a "she" sentence leaning on the one before, a correction cue before a dash, and what "that req",
/// "those roles" and "managers there" stand for.
/// </summary>
public sealed class MemoryPlainStatementTests
{
    private static readonly MemoryRules Rules = MemoryRules.Load(TestResources.Prompts);
    private static readonly MemoryQuestionReader Questions = new(Rules, new MemoryWords(Rules.CommonWords), new TimePhraseReader(TimePhrases.Load(TestResources.Prompts)));
    private readonly MemoryStatementReader _reader = new(Rules, new ProtectedNotes(Rules));
    private readonly ForgetRequestReader _forget = new(Rules, new MemoryWords(Rules.CommonWords));

    [Theory]
    [InlineData("every locum contract for the Cairns clinics gets signed off by Mele Tupou", "Mele Tupou")]
    [InlineData("graduate offers are approved by Farida in finance", "Farida")]
    [InlineData("salary band for Staff Nurse (Cork) is €42k-48k", "€42k-48k")]
    [InlineData("anything above that needs Farida Haidari in finance to sign off", "Farida Haidari")]
    [InlineData("never ring me before 8, it's school run time", "before 8")]
    [InlineData("Ridgeback Mining runs every starter through a fitness test with Pulse Health", "Pulse Health")]
    [InlineData("Tomasz goes through to the final round at Brightwater", "final round")]
    [InlineData("De contactpersoon bij de gemeente in Deventer voor alle vacatures is Joris Hendriks", "Joris Hendriks")]
    [InlineData("Onze sollicitatieprocedure voor verpleegkundigen: eerst een kennismaking, dan een meeloopdag", "meeloopdag")]
    [InlineData("Voor iedereen die in Utrecht bij de zorg begint moet er een VOG zijn", "VOG")]
    [InlineData("for anyone joining from a Big Four firm expect 3 months notice, so warn the HM early", "3 months")]
    [InlineData("the store managers there want rotas signed by Friday", "Friday")]
    [InlineData("the panel does a case presentation and then a values interview", "case presentation")]
    public void StatementsAboutAClientAPersonAPlaceOrTheRecruitersHabitsAreKept(string message, string kept)
    {
        var statement = Assert.Single(_reader.Read(message));

        Assert.Contains(kept, statement.Text, StringComparison.Ordinal);
        Assert.False(statement.Weak);
    }

    [Theory]
    [InlineData("Harbour Freight also won't take anyone without a forklift ticket")]
    [InlineData("Kingsway Hospital agency cap is £41/hr")]
    public void ANoteOfAPlaceOrAnAsideIsKeptWhenNoWorkIsAsked(string message) =>
        Assert.True(Assert.Single(_reader.Read(message)).Weak);

    [Theory]
    [InlineData("we need a lab technician in Ghent, GLP is a must, HPLC experience usually, day shifts")]
    [InlineData("need two sous chefs for the Galway hotel, pastry skills typically, weekends")]
    public void AFrequencyWordClosingARequirementHedgesItAndKeepsNothing(string message) =>
        Assert.Empty(_reader.Read(message));

    [Theory]
    [InlineData("we send offers by DocuSign generally")]
    [InlineData("for the Ghent lab, I usually copy Lotte on every shortlist")]
    public void AFrequencyWordWithSomeoneWhoActsIsStillAStandingRule(string message) =>
        Assert.NotEmpty(_reader.Read(message));

    [Fact]
    public void ACueBeforeADashKeepsWhatFollowsAndAClauseThatTellsOnItsOwnStaysAsItIs()
    {
        var dashed = Assert.Single(_reader.Read("keep in mind - for the Hobart wards, every nurse needs an AHPRA check before the trial shift"));
        Assert.StartsWith("For the Hobart wards", dashed.Text, StringComparison.Ordinal);
        Assert.Equal(MemoryStatementReader.ExplicitImportance, dashed.Importance);

        Assert.StartsWith("They need", Assert.Single(_reader.Read("ok noted. do remember they need a forklift licence")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ASheSentenceAfterADashIsKeptWithThePersonItPointsAt() =>
        Assert.Contains("She wants every CV as a PDF", Assert.Single(_reader.Read("Our Cork contact is Síle Byrne - she wants every CV as a PDF, no cover letters")).Text, StringComparison.Ordinal);

    [Fact]
    public void ACorrectionCueBeforeADashMakesTheClauseAfterItACorrectionOfTheNumberItDenies()
    {
        var statement = Assert.Single(_reader.Read("no longer £40 - Kingsway agency cap is £37 since the review"));

        Assert.True(statement.Corrects);
        Assert.Equal("Kingsway agency cap is £37/hr for band 6", MemoryCorrection.Apply("Kingsway agency cap is £40/hr for band 6", statement.Text));
    }

    [Fact]
    public void ASentenceMeasuredAgainstTheOneBeforeIsKeptWithIt() =>
        Assert.Contains("Anything above that needs Farida", Assert.Single(_reader.Read("Graduate band for Cork is €38k-42k. Anything above that needs Farida in finance to approve")).Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("the client won't rehire anyone who left in the last year", false)]
    [InlineData("Priya left, it's Dev now", true)]
    public void SomeoneWhoLeftInARelativeClauseIsNoCorrection(string text, bool correction) =>
        Assert.Equal(correction, _reader.IsCorrection(text));

    [Theory]
    [InlineData("HM for this role is Ana Folau, she runs a two-stage loop")]
    [InlineData("and those roles always need a Baseline clearance")]
    [InlineData("the site managers there want CVs by noon Friday")]
    [InlineData("the head chef there wants a trial shift before any offer")]
    public void ThatReqThoseRolesAndManagersThereNeedWhatTheyStandFor(string memory) =>
        Assert.True(_reader.NeedsContext(memory));

    [Fact]
    public void TheSomeoneThereStandsForThePlaceTheMessageBeforeNamed() =>
        Assert.Equal("the Wanaka lodge", _reader.SubjectOf("for the Wanaka lodge kitchen, the season runs June to October", "the head chef there wants a trial shift before any offer"));

    [Fact]
    public void ManagersThereStandForTheFirstNameOfTheMessageBefore() =>
        Assert.Equal("Kingsway Hospital", _reader.SubjectOf("Kingsway Hospital cap is £41/hr for band 5", "the ward managers there want CVs by noon Friday"));

    [Theory]
    [InlineData("pls scrub the Tomasz stuff from your notes", "Tomasz")]
    [InlineData("scrub everything on the Leeds agency from your notes", "Leeds agency")]
    public void ScrubbingSomethingFromTheNotesForgetsIt(string message, string subject)
    {
        var match = MemoryRules.Any([Rules.ForgetAbout]).Match(message);

        Assert.True(match.Success);
        Assert.Contains(subject, match.Groups["subject"].Value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("wipe everything you've got on Harbour Freight, we lost them", false)]
    [InlineData("wipe everything you've got on me", true)]
    public void EverythingYouveGotOnANameForgetsThatNameOnly(string message, bool all) =>
        Assert.Equal(all, _forget.Read(message).All);

    [Theory]
    [InlineData("recap yesterday", true)]
    [InlineData("pls sum up last week", true)]
    [InlineData("summarise yesterday's screening call", false)]
    public void ARecapOfNamedDaysAsksWhatWasDone(string message, bool recap) =>
        Assert.Equal(recap, Questions.AsksRecap(message));

    [Theory]
    [InlineData("what were we working on on Tuesday?")]
    [InlineData("what was I busy with yesterday?")]
    public void WhatWeWorkedOnIsAskedOfTheDaysNotOfAWord(string question) =>
        Assert.True(Questions.Read(question).IsGeneral);

    [Theory]
    [InlineData("which days is Dana in the office?", "day")]
    [InlineData("what time do I stop taking calls?", "time")]
    public void AKindAskedForIsTheSubjectThoughItOtherwiseOnlyFramesTheQuestion(string question, string kind) =>
        Assert.Contains(kind, new MemoryQuestionReader(Rules, new MemoryWords(Rules.CommonWords, Rules.Synonyms, Rules.Kinds), new TimePhraseReader(TimePhrases.Load(TestResources.Prompts))).Read(question).Words);

    [Fact]
    public void ABareQuoteAfterAPreferenceSaysWhatItWantsInstead() =>
        Assert.Contains("Cheers, Sam", Assert.Single(_reader.Read("stop closing my emails with 'Kind regards', it's too stiff. only 'Cheers, Sam'")).Text, StringComparison.Ordinal);

    [Fact]
    public void AClosingWordInAQuoteAnswersHowThingsAreSigned()
    {
        var words = new MemoryWords(Rules.CommonWords, Rules.Synonyms, Rules.Kinds);

        Assert.Equal(1, words.Shared(words.Content("put 'Cheers, Sam' at the bottom of everything"), words.Content("signed")));
    }
}
