using System.Text.RegularExpressions;
using Hiring.Contracts.Memory;
using Hiring.Agents.Memory;
using Hiring.Agents.Tests.Reasoning.Support;

namespace Hiring.Agents.Tests.Memory;

/// <summary>
/// Everyday wording that no cue word marks: a condition opening with "when", someone who looks after a part of
/// the work, a step of hiring and how it goes, an office's or a client's habits and a place's pay, a rule over anyone of a kind,
/// a bare replacement after "scrap that", a number put right, and a person forgotten by a pronoun; titles of who does
/// what, a rule over every one of a kind, a label that says what the note is, and how one message's sentences lean on
/// each other (a fact put right in the same breath, a sentence pointing back with "them", a scope the first part opens with).
/// </summary>
public sealed class MemoryEverydayWordingTests
{
    private static readonly MemoryRules Rules = MemoryRules.Load(TestResources.Prompts);
    private readonly MemoryStatementReader _reader = new(Rules, new ProtectedNotes(Rules));
    private readonly ForgetRequestReader _forget = new(Rules, new MemoryWords(Rules.CommonWords));

    [Theory]
    [InlineData("when you send me shortlists for the Cork roles I'd rather have one-line summaries", "one-line summaries")]
    [InlineData("Oluwaseun handles the relocation paperwork for the Lagos hires", "Oluwaseun")]
    [InlineData("Brigid in Sligo is the woman who approves the locum rates", "Brigid")]
    [InlineData("police checks for the Darwin roles go through Fit2Work", "Fit2Work")]
    [InlineData("drug tests in Tulsa take about a week", "week")]
    [InlineData("never send me anyone who can't start within a month for the Kraków warehouse", "within a month")]
    [InlineData("spoke to the Geelong people and they want everyone to hold a forklift licence", "forklift")]
    public void FactsAndRulesToldInEverydayWordsAreKept(string message, string kept)
    {
        var statement = Assert.Single(_reader.Read(message));

        Assert.Contains(kept, statement.Text, StringComparison.Ordinal);
        Assert.False(statement.Weak);
    }

    [Theory]
    [InlineData("the Hobart office shuts over Christmas week")]
    [InlineData("our Tauranga client caps every contract at six months")]
    [InlineData("the Galway site is fully remote on Mondays")]
    [InlineData("the Sligo pay band for staff nurses is 40-45k")]
    public void WhatAnOfficeOrAClientDoesOrAPlacePaysIsANoteKeptWhenNoWorkIsAsked(string message) =>
        Assert.True(Assert.Single(_reader.Read(message)).Weak);

    [Theory]
    [InlineData("when do you book screens for Galway?")]
    [InlineData("when is the Galway panel")]
    [InlineData("where we at with the Leeds shortlist?")]
    [InlineData("can you find me anyone who knows Kotlin in Brno")]
    public void QuestionsAndWorkStayNoMemories(string message) =>
        Assert.DoesNotContain(_reader.Read(message), s => !s.Weak);

    [Theory]
    [InlineData("nah scrap that, it's Teodora", true)]
    [InlineData("scratch that, it's Ruairí now", true)]
    [InlineData("sorry typo, it's 45k", true)]
    [InlineData("scrap that, I need five more drivers for the night shift in Reno", false)]
    public void ABareReplacementAfterScrapThatOrATypoReplaces(string text, bool replaces)
    {
        Assert.Equal(replaces, _reader.Replaces(text));
        Assert.True(_reader.IsCorrection(text));
    }

    [Theory]
    [InlineData("The Reno warehouse HM is Dolores", "nah scrap that, it's Teodora", "The Reno warehouse HM is Teodora")]
    [InlineData("Remember the night manager at the Kinsale hotel is Fionnuala", "scratch that, it's Ruairí now", "Remember the night manager at the Kinsale hotel is Ruairí")]
    [InlineData("The Pune client pays 12 LPA for QA leads", "sorry typo, it's 14 LPA", "The Pune client pays 14 LPA for QA leads")]
    [InlineData("Chicago wants 3 references per candidate", "my mistake, make that 2", "Chicago wants 2 references per candidate")]
    [InlineData("Orla's agency charges a 18% fee on perm hires", "Orla's fee isn't 18 anymore, it's 16", "Orla's agency charges a 16% fee on perm hires")]
    [InlineData("The Tallinn client caps base at 60k", "sorry, 65 not 60", "The Tallinn client caps base at 65k")]
    [InlineData("Day rates for Kelso Water: L3 £410–£450, L4 £455–£500", "correction on L4 - the top is £520, not 500", "Day rates for Kelso Water: L3 £410–£450, L4 £455–£520")]
    public void ABareCorrectionReplacesWhatTheMemorySaysItIs(string old, string said, string corrected) =>
        Assert.Equal(corrected, MemoryCorrection.Apply(old, said));

    [Fact]
    public void APronounInAForgetRequestStandsForThePersonItNames()
    {
        Assert.Equal("Tadhg", _forget.Read("Tadhg retired last week, get rid of everything about him").Subject.Trim(), ignoreCase: true);
        Assert.True(Regex.IsMatch("Tadhg retired, get rid of anything on him", Rules.ForgetAbout, RegexOptions.IgnoreCase));
    }

    [Theory]
    [InlineData("who deals with the work permits for Irish hires?", true)]
    [InlineData("who takes care of onboarding in Bristol?", true)]
    [InlineData("what does the Nairobi client want for drivers?", true)]
    [InlineData("who is in the pipeline for Nairobi?", false)]
    public void QuestionsAboutWhoLooksAfterWhatOrWhatAClientWantsAskTheMemory(string message, bool asks) =>
        Assert.Equal(asks, Regex.IsMatch(message, Rules.LikingQuestions, RegexOptions.IgnoreCase));

    [Theory]
    [InlineData("the shop steward at the Derby depot is Kwame Asante", "Kwame Asante")]
    [InlineData("GM for the Cardiff hotel is Ines Moreau", "Ines Moreau")]
    [InlineData("the HR generalist for our Oxford site is Tobias Lind", "Tobias Lind")]
    [InlineData("at Fenwick Foods every new starter has to do a food hygiene course in week one", "food hygiene")]
    [InlineData("they insist every applicant already holds a forklift ticket", "forklift ticket")]
    [InlineData("they want every temp hire signed off by Friday noon", "Friday noon")]
    [InlineData("Thornbury Care need an enhanced DBS on every support worker before a shadow shift", "enhanced DBS")]
    [InlineData("My rule: no candidate hears a salary figure before the second call", "second call")]
    [InlineData("Decision from Monday's huddle: we're dropping Reed and posting on CV-Library only", "CV-Library")]
    public void TitlesOfWhoDoesWhatRulesOverEveryOneOfAKindAndLabelledRulesAreKept(string message, string kept)
    {
        var statement = Assert.Single(_reader.Read(message));

        Assert.Contains(kept, statement.Text, StringComparison.Ordinal);
        Assert.False(statement.Weak);
        Assert.DoesNotMatch("^(?:My rule|Decision)", statement.Text);
    }

    [Fact]
    public void PayBandsFiledUnderAnEmployerAreANoteAndASiteNamedInARequestIsNoRule()
    {
        // A band an item, each filed under the employer (see MemoryListsAndCorrectionsTests).
        var bands = _reader.Read("Pay bands for Ashcombe Council: SO1 £29k–£32k, SO2 £33k–£36k");
        Assert.Equal(2, bands.Count);
        Assert.All(bands, b => Assert.StartsWith("Pay bands for Ashcombe Council, SO", b.Text, StringComparison.Ordinal));
        Assert.DoesNotContain(_reader.Read("need 6 porters for Redbridge's Ilford site, weekends only"), s => !s.Weak);
    }

    [Fact]
    public void AFactPutRightInTheSameMessageIsKeptAsPutRight()
    {
        var statement = Assert.Single(_reader.Read("the HM at the Swindon plant is Gareth Pryce - sorry, Gareth moved on, it's Nadia Kowal now"));

        Assert.Contains("Nadia Kowal", statement.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Gareth", statement.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ASentencePointingBackWithThemIsKeptWithTheSentenceItPointsAt()
    {
        var statement = Assert.Single(_reader.Read("I hate getting CVs as Word files. Always convert them to PDF before sending"));

        Assert.Contains("Word files", statement.Text, StringComparison.Ordinal);
        Assert.Contains("PDF", statement.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("at Marlow Dental the practice lead is Omar Haddad, and new hires get a buddy for the first month")]
    [InlineData("couple of things: at Marlow Dental the practice lead is Omar Haddad, and new hires get a buddy for the first month")]
    public void TheScopeAFirstPartOpensWithGoesWithTheNextWithoutAComma(string message)
    {
        var statements = _reader.Read(message);

        Assert.Equal(2, statements.Count);
        Assert.All(statements, s => Assert.Contains("Marlow Dental", s.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void TheyInAMemoryStandsForTheFirstNameOfTheMessageBefore() =>
        Assert.Equal("Penhallow", _reader.SubjectOf("Note: Penhallow's recruitment contact is Ewan Bell.", "they insist every chef holds a level 3 food safety certificate"));

    [Fact]
    public void DropItAfterNamingAMemoryThatNoLongerAppliesForgetsThatMemory() =>
        Assert.Contains("Slough", _forget.Read("the right-to-work rule I gave you for the Slough site - doesn't apply any more, bin it").Subject, StringComparison.Ordinal);

    [Theory]
    [InlineData("it's 95k now btw, the new budget landed", true)]
    [InlineData("ok it's Wednesdays now", true)]
    [InlineData("it's a lead position", false)]
    public void ABareNewValueWithNowReplaces(string text, bool replaces) =>
        Assert.Equal(replaces, _reader.Replaces(text));

    [Theory]
    [InlineData("who do I arrange site visits with?", true)]
    [InlineData("who should we send the Leeds CVs to?", true)]
    [InlineData("who do we book in for Tuesday?", false)]
    public void WhoDoIQuestionsAskAboutSomeoneRatherThanToBook(string message, bool asks) =>
        Assert.Equal(asks, Regex.IsMatch(message, Rules.OthersQuestions, RegexOptions.IgnoreCase));

    [Theory]
    [InlineData("submitted", "submit")]
    [InlineData("submitting", "submit")]
    [InlineData("bookings", "book")]
    [InlineData("screened", "screen")]
    [InlineData("staffed", "staff")]
    public void AVerbsEndingsMeetItsStem(string word, string stem) =>
        Assert.Equal(MemoryWords.Stem(stem), MemoryWords.Stem(word));

    [Fact]
    public void AWordTypedWithALetterLeftOutMeetsItsWordButAShortOneDoesNot()
    {
        var words = new MemoryWords(Rules.CommonWords);

        Assert.Equal(2, words.Shared(words.Content("For Castlebar Joinery the foreman is Dara Walsh"), words.Content("whos the foremn at castlbar")));
        Assert.Equal(0, words.Shared(words.Content("Mara runs payroll"), words.Content("what about Marla")));
    }

    [Theory]
    [InlineData("change the channel over to WhatsApp pls")]
    [InlineData("swap my tone to casual")]
    [InlineData("ugh sorry, back to Teams for the calls")]
    public void ASwapOfAKeptPreferencesValueIsAPreferenceThatReplaces(string text)
    {
        var statement = Assert.Single(_reader.Read(text));

        Assert.Equal(MemoryKind.Preference, statement.Kind);
        Assert.True(statement.Corrects);
        Assert.True(statement.Replaces);
    }

    [Theory]
    [InlineData("For the Lisbon finance offers, bcc Rui from payroll", "change the bcc to Sofia", "For the Lisbon finance offers, bcc Sofia from payroll")]
    [InlineData("For the Lisbon finance offers, bcc Rui from payroll", "ugh, back to Sofia on the bcc", "For the Lisbon finance offers, bcc Sofia from payroll")]
    [InlineData("Interview invites for the Utrecht roles go out on Teams channel", "switch the channel to Slack", "Interview invites for the Utrecht roles go out on Slack channel")]
    public void ASwapReplacesTheNameInTheSlotItNames(string old, string said, string corrected) =>
        Assert.Equal(corrected, MemoryCorrection.Apply(old, said));

    [Theory]
    [InlineData("for the Bristol nursing roles send me CVs as PDFs, one file each")]
    [InlineData("for agency invites keep the tone casual")]
    [InlineData("for all my reqs in Porto cc Joana on the shortlist")]
    public void AnInstructionToldUnderAKindOfWorkIsAStandingPreference(string text) =>
        Assert.Equal(MemoryKind.Preference, Assert.Single(_reader.Read(text)).Kind);
}
