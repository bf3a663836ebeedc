using Hiring.Agents.Memory;
using Hiring.Agents.Tests.Reasoning.Support;

namespace Hiring.Agents.Tests.Memory;

/// <summary>
/// Notes and asides that are meant to last though they sound like work: a cue to keep in French and "by the way" in Spanish
/// or German, a decision labelled by where it was agreed and the sentences after the label, a recurring deliverable, what to do
/// whenever a kind of work is done and the instruction after a standing one, a client's budget for a role, the recruiter's
/// own call hours, a quote with a dash in it, a few words after a dash that finish a statement; beside plain work that keeps
/// nothing. And questions in other words: an amount asked for with "how much", what is used for a step, approving, signing and
/// managing in other words and languages, a fee "with" a client.
/// </summary>
public sealed class MemoryNotesAndAsidesTests
{
    private static readonly MemoryRules Rules = MemoryRules.Load(TestResources.Prompts);
    private readonly MemoryStatementReader _reader = new(Rules, new ProtectedNotes(Rules));

    [Theory]
    [InlineData("À noter : chez Dumas Avocats, c'est Léa Roux qui signe les offres", "Léa Roux")]
    [InlineData("Necesito 3 soldadores en Bilbao. Por cierto, con Astilleros Nervión la tarifa es del 15%", "15%")]
    public void ACueToKeepInAnotherLanguageKeepsWhatFollows(string message, string kept) =>
        Assert.Contains(_reader.Read(message), s => s.Text.Contains(kept, StringComparison.Ordinal) && !s.Weak);

    [Fact]
    public void WhatFollowsADecisionsLabelIsPartOfTheDecision()
    {
        var decision = Assert.Single(_reader.Read("decided at the leadership offsite: no more unpaid trial shifts for chefs. two hours max and we cover their travel"));

        Assert.Contains("trial shifts", decision.Text, StringComparison.Ordinal);
        Assert.Contains("travel", decision.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("each friday give me the offers still pending and who accepted", "offers")]
    [InlineData("whenever you draft outreach for me keep it under 80 words. don't use emojis", "emojis")]
    [InlineData("for nursing roles stop posting on Indeed, waste of money. go to the NHS Jobs board first", "NHS Jobs")]
    public void AnInstructionForEveryTimeIsAPreferenceWithTheInstructionsAfterIt(string message, string kept)
    {
        var preference = Assert.Single(_reader.Read(message));

        Assert.Equal(Hiring.Contracts.Memory.MemoryKind.Preference, preference.Kind);
        Assert.Contains(kept, preference.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Harbour Dental (Cork) budget for the practice manager is 52k")]
    [InlineData("put my interviews between 2 and 4 please")]
    [InlineData("afternoons are for client visits")]
    [InlineData("MEP supervisor rate card stays at QAR 80/hr")]
    public void AClientsBudgetOrTheRecruitersOwnHoursAreKept(string message) =>
        Assert.False(Assert.Single(_reader.Read(message)).Weak);

    [Theory]
    [InlineData("for the warehouse roles find me 10 pickers in Leeds")]
    [InlineData("book a screen with Tom on Tuesday at 10")]
    [InlineData("schedule my interviews for Tuesday")]
    [InlineData("every morning this week I'm out on site visits")]
    public void WorkAskedForOrADayOnceIsNoMemory(string message) =>
        Assert.Empty(_reader.Read(message));

    [Fact]
    public void ADashInsideAQuoteDoesNotEndTheClause() =>
        Assert.Single(MemoryClause.Split("from now on sign my emails “Best – Tom, Talent Team”"));

    [Fact]
    public void AFewWordsAfterADashFinishTheStatementBeforeThem()
    {
        const string message = "for future reference the site lead at Kessel Bau is Jonas Wirth, he never picks up — text only";

        var kept = Assert.Single(_reader.Read(_reader.SafeText(message, [])));

        Assert.Contains("text only", kept.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void WordsAfterADashThatSayWhatItIsNowStandOnTheirOwn() =>
        Assert.Equal("sorry, not Galway\nit's the Ennis office", _reader.SafeText("sorry, not Galway - it's the Ennis office", []));

    [Theory]
    [InlineData("ok they upped it to 95k")]
    [InlineData("Zoom only now")]
    public void AFigureMovedOrAValueOnlyNowReplacesWhatWasKept(string message) =>
        Assert.True(_reader.Replaces(message));

    [Theory]
    [InlineData("we switched all onboarding to Deel", "what do we use these days")]
    [InlineData("Nora Lind aprueba las ofertas", "who approves?")]
    [InlineData("budget is 48k tops", "what can they pay")]
    [InlineData("the warehouse mgr is Ola Berg", "who's the manager")]
    [InlineData("tu signes « Inès, équipe talent »", "how do I sign my outreach")]
    [InlineData("la tarifa es del 14%", "what's our fee")]
    public void AQuestionFindsTheMemoryInOtherWords(string memory, string question)
    {
        var words = new MemoryWords(Rules.CommonWords, Rules.Synonyms, Rules.Kinds);

        Assert.True(words.Shared(words.Content(memory), words.Content(question)) > 0);
    }

    [Fact]
    public void HowMuchIsNotAnsweredByAMemoryWithNoFigure()
    {
        var words = new MemoryWords(Rules.CommonWords, Rules.Synonyms, Rules.Kinds);

        Assert.Equal(0, words.Shared(words.Content("Kestrel Foods: HM is Dana Pike"), words.Content("how much")));
        Assert.Equal(1, words.Shared(words.Content("Kestrel Foods: budget 120k"), words.Content("how much")));
    }

    [Fact]
    public void AFeeAskedWithAClientIsATerseQuestionToTheMemory() =>
        Assert.Matches(new System.Text.RegularExpressions.Regex(Rules.TopicAsks, System.Text.RegularExpressions.RegexOptions.IgnoreCase), "our rate with ardent?");
}
