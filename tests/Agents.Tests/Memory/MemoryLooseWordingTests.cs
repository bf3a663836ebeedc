using System.Text.RegularExpressions;
using Hiring.Agents.Memory;
using Hiring.Agents.Tests.Reasoning.Support;

namespace Hiring.Agents.Tests.Memory;

/// <summary>
/// How recruiters word memories when nobody tuned on them: two facts in one breath, a person's habit, a rule
/// over a kind of people, corrections that deny the old value or place the change, forgets that call a memory
/// void, questions in other words than the memory's, and a question about how someone else works.
/// </summary>
public sealed class MemoryLooseWordingTests
{
    private static readonly MemoryRules Rules = MemoryRules.Load(TestResources.Prompts);
    private readonly MemoryStatementReader _reader = new(Rules, new ProtectedNotes(Rules));

    [Fact]
    public void TwoFactsJoinedByAndAreTwoMemoriesSoEitherCanBeForgotten()
    {
        var statements = _reader.Read("just so you know: Montreal roles need French, and the Montreal HM is Luc");

        Assert.Collection(
            statements,
            s => Assert.Equal("Montreal roles need French", s.Text),
            s => Assert.Equal("The Montreal HM is Luc", s.Text));
    }

    [Fact]
    public void AListOfThreeFactsIsThreeMemories()
    {
        var statements = _reader.Read("couple of things: Wellington HM is Aroha, Christchurch roles are all on-site, and Hamilton wants te reo speakers where possible");

        Assert.Collection(
            statements,
            s => Assert.EndsWith("Wellington HM is Aroha", s.Text, StringComparison.Ordinal),
            s => Assert.Equal("Christchurch roles are all on-site", s.Text),
            s => Assert.Equal("Hamilton wants te reo speakers where possible", s.Text));
    }

    [Theory]
    [InlineData("need 5 warehouse associates in Mississauga", true)]
    [InlineData("can you find me 3 ICU nurses in Adelaide", true)]
    [InlineData("ok we're looking for a night shift supervisor", true)]
    [InlineData("the Calgary hiring manager is Dave Kowalski", false)]
    [InlineData("Chicago wants 3 references per candidate", false)]
    public void AClauseThatAsksForProjectWorkIsToldApartFromOneThatOnlyTellsAFact(string clause, bool work) =>
        Assert.Equal(work, _reader.AsksForWork(clause));

    [Theory]
    [InlineData("TX reqs: no relocation package")]
    [InlineData("CA reqs: salary range mandatory in every posting")]
    [InlineData("Berlin: 3 backend devs, Go")]
    public void ANoteFiledUnderAPlaceIsKeptOnlyWhenTheMessageAsksForNoWork(string message)
    {
        var statement = Assert.Single(_reader.Read(message));

        Assert.True(statement.Weak);
        Assert.Empty(_reader.Read("update: " + message[(message.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim()));
    }

    [Fact]
    public void TheScopeTheFirstFactOpensWithGoesWithTheSecond()
    {
        var statements = _reader.Read("For the Lagos roles, offers are signed off by Chukwuemeka our CTO, and salary is always quoted in naira");

        Assert.Equal(2, statements.Count);
        Assert.All(statements, s => Assert.StartsWith("For the Lagos roles", s.Text, StringComparison.Ordinal));
        Assert.Contains("naira", statements[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ASecondPartThatNeedsTheFirstStaysWithIt() =>
        Assert.Single(_reader.Read("remember Jana is the HM for data roles, and she hates cover letters"));

    [Theory]
    [InlineData("Priya at the Chennai client only looks at CVs on Tuesdays")]
    [InlineData("our Philly hospital client needs ACLS for all ER docs")]
    [InlineData("and Sydney ones need a working with children check")]
    [InlineData("the Perth HM is keen on people with mining experience")]
    [InlineData("Chicago wants 3 references per candidate")]
    [InlineData("Montreal roles must be bilingual French and English")]
    [InlineData("Auckland kitchens always need a food safety certificate")]
    [InlineData("and our Singapore office shuts for Chinese New Year, so no interviews that week")]
    [InlineData("Dublin recruiters all use Greenhouse")]
    [InlineData("SG: Wei Ling = HM for data roles")]
    public void HabitsAndRulesOverAKindOfPeopleAreKeptWithoutACue(string message) =>
        Assert.Single(_reader.Read(message));

    [Theory]
    [InlineData("run the search for all three cities")]
    [InlineData("find 4 ICU nurses for the Philly hospital")]
    [InlineData("need a bookkeeper in Toronto, Xero and QuickBooks, start before offer season")]
    [InlineData("ok the client is keen on starting asap, find me 4 electricians in Adelaide")]
    public void WorkThatLooksLikeARuleIsNoMemory(string message) =>
        Assert.DoesNotContain(_reader.Read(message), s => !s.Weak);

    [Theory]
    [InlineData("The Rotterdam logistics HM only interviews on mondays", "scratch that, it's Tuesdays not Mondays", "The Rotterdam logistics HM only interviews on Tuesdays")]
    [InlineData("Background checks for Mumbai finance go through HireRight", "correction, we switched to First Advantage for Mumbai", "Background checks for Mumbai finance go through First Advantage")]
    [InlineData("The HM in Berlin is Anna", "actually the HM in Berlin is Tom", "The HM in Berlin is Tom")]
    [InlineData("Maria is the HM for the Chicago finance reqs", "update: Maria's replaced by Jon", "Jon is the HM for the Chicago finance reqs")]
    public void ACorrectionChangesWhatItDeniesOrReplacesAndKeepsWhereItApplies(string old, string said, string corrected) =>
        Assert.Equal(corrected, MemoryCorrection.Apply(old, said));

    [Theory]
    [InlineData("scratch that, it's Tuesdays not Mondays", true)]
    [InlineData("they're on Teams, not Zoom", true)]
    [InlineData("need seniors in Leeds", false)]
    public void ANewValueThenTheOldOneDeniedIsAReplacement(string text, bool replaces)
    {
        Assert.Equal(replaces, _reader.IsCorrection(text));
        Assert.Equal(replaces, _reader.Replaces(text));
    }

    [Theory]
    [InlineData("scrap what I said about Fridays", "Fridays")]
    [InlineData("that rule about agencies no longer applies", "agencies")]
    [InlineData("the philly requirement is gone, pls delete it", "philly")]
    [InlineData("no need to remember the Friday thing any more", "the Friday thing any more")]
    public void AMemoryCalledVoidOrNoLongerWantedIsNamedByWhatItWasAbout(string message, string subject)
    {
        var match = MemoryRules.Any([Rules.ForgetAbout]).Match(message);

        Assert.True(match.Success);
        Assert.Equal(subject, match.Groups["subject"].Value.Trim());
    }

    [Theory]
    [InlineData("that rule about agencies is what the client wants")]
    [InlineData("find me 5 drivers in Memphis, the rule is CDL-A only")]
    public void AMemoryNamedWithoutSayingItIsVoidIsNoForget(string message) =>
        Assert.DoesNotMatch(MemoryRules.Any([Rules.ForgetAbout]), message);

    [Theory]
    [InlineData("vergeet het Utrecht-gedoe", true)]
    [InlineData("vergeet niet: de HM in Utrecht is Sanne", false)]
    public void DutchDontForgetKeepsRatherThanForgets(string message, bool forgets) =>
        Assert.Equal(forgets, MemoryRules.Any([Rules.ForgetOpening]).IsMatch(message));

    [Theory]
    [InlineData("anything I should know before sending CVs to Dublin?", true)]
    [InlineData("what do we need to keep in mind for Perth?", true)]
    [InlineData("what should I send the candidate?", false)]
    public void AQuestionAboutWhatTheRecruiterShouldKnowAsksTheMemory(string message, bool asks) =>
        Assert.Equal(asks, Regex.IsMatch(message, Rules.ToldQuestions, RegexOptions.IgnoreCase));

    [Theory]
    [InlineData("when can Milan interview people?", true)]
    [InlineData("which office does thursday panels?", true)]
    [InlineData("when can you book a screen with Anna?", false)]
    [InlineData("how do I schedule a screen?", false)]
    public void AQuestionAboutHowSomeoneElseWorksIsNoBooking(string message, bool asks) =>
        Assert.Equal(asks, Regex.IsMatch(message, Rules.OthersQuestions, RegexOptions.IgnoreCase));

    [Theory]
    [InlineData("I'm out every Friday", "day", true)]
    [InlineData("I'm out every Friday", "monday", false)]
    [InlineData("For Gdańsk I only want candidates with UDT crane licences", "certificates", true)]
    [InlineData("the Madrid client wants CVs in English", "language", true)]
    [InlineData("the Madrid client wants CVs in English", "french", false)]
    public void AQuestionFindsAMemoryInWordsOfTheSameMeaningOrAnInstanceOfTheKindItNames(string memory, string question, bool found)
    {
        var words = new MemoryWords(Rules.CommonWords, Rules.Synonyms, Rules.Kinds);

        Assert.Equal(found, words.Shared(words.Content(memory), words.Content(question)) > 0);
    }
}
