using System.Text.RegularExpressions;
using Hiring.Agents.Memory;
using Hiring.Agents.Tests.Reasoning.Support;

namespace Hiring.Agents.Tests.Memory;

/// <summary>
/// How the recruiter works, said plainly with no "remember": the days and the place they work, their time zone and
/// sign-off, who is copied on a client's mail, where invoices and ads go, what is added on top of a rate, a client's
/// stance on a kind of hire, what the assistant does to all it drafts, a name opening the message before a dash, and their time off;
/// questions about those in other words than the memory's ("who do I copy…", "Harlow margin?"), and forgets in other words.
/// </summary>
public sealed class MemoryWorkingHabitsTests
{
    private static readonly MemoryRules Rules = MemoryRules.Load(TestResources.Prompts);
    private readonly MemoryStatementReader _reader = new(Rules, new ProtectedNotes(Rules));

    [Theory]
    [InlineData("we don't work Mondays, the office is shut", "Mondays")]
    [InlineData("Wednesdays are my school-run day", "Wednesdays")]
    [InlineData("Saturday mornings are blocked for me", "Saturday")]
    [InlineData("I'm on Lisbon time", "Lisbon")]
    [InlineData("I work out of Auckland", "Auckland")]
    [InlineData("my time zone is CET", "CET")]
    [InlineData("anything for the Gdańsk shipyard, copy Marek", "Marek")]
    [InlineData("we copy Ines from finance on every Harlow email", "Ines")]
    [InlineData("Northpoint invoices always go to billing@northpoint.io", "billing@northpoint.io")]
    [InlineData("for warehouse roles in Texas we post on Indeed", "Indeed")]
    [InlineData("Harlow temps: we charge 12% on top", "12%")]
    [InlineData("Brightline Energy is happy with part-time engineers", "part-time")]
    [InlineData("Norland Ports will wait up to 60 days for a harbour master", "60 days")]
    [InlineData("drop the exclamation marks from everything you write for me", "exclamation")]
    [InlineData("sign my emails 'Cheers, Ola'", "Cheers")]
    [InlineData("keep Fridays free for me, it's my planning day", "Fridays")]
    [InlineData("Leeds office stuff — Amira signs off every offer", "Leeds office")]
    public void HowTheRecruiterWorksSaidPlainlyIsKept(string message, string kept) =>
        Assert.Contains(_reader.Read(message), s => s.Text.Contains(kept, StringComparison.Ordinal) && !s.Weak);

    [Fact]
    public void TheTextKeptForTheStepKeepsADashAfterANameSoItStillOpensWhatFollows()
    {
        var safe = _reader.SafeText("Leeds office stuff — Amira signs off every offer. thanks!", []);

        Assert.Equal("Leeds office stuff — Amira signs off every offer\nthanks!", safe);
        Assert.Contains("Leeds office", Assert.Single(_reader.Read(safe)).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("can you book a call with Anna for Friday")]
    [InlineData("post the Leeds forklift job on Indeed")]
    [InlineData("Leeds office — can you send me the shortlist")]
    [InlineData("sorry, not Leeds — it's the Bradford office")]
    public void WorkAskedForIsNoMemory(string message) =>
        Assert.DoesNotContain(_reader.Read(message), s => !s.Weak);

    [Theory]
    [InlineData("which days am I in the office?", true)]
    [InlineData("where am I working from these days?", true)]
    [InlineData("who do I copy on Gdańsk emails?", true)]
    [InlineData("what do we charge Harlow?", true)]
    [InlineData("who's on the panel for the Leeds role?", true)]
    [InlineData("anything I can't stand in shortlists?", true)]
    [InlineData("how should invoices be addressed?", true)]
    [InlineData("how should offer packs be sent over?", true)]
    [InlineData("can you book a call with Anna on Tuesday?", false)]
    public void AQuestionAboutTheRecruitersWeekOrWhoDoesWhatAsksTheMemory(string message, bool asks) =>
        Assert.Equal(asks, Regex.IsMatch(message, Rules.LikingQuestions, RegexOptions.IgnoreCase));

    [Theory]
    [InlineData("where should Harlow temps report on their first morning?", true)]
    [InlineData("which weekday should nobody put interviews in my diary?", true)]
    [InlineData("latest I'll do a candidate call?", true)]
    [InlineData("Norland — what CRM am I on?", true)]
    [InlineData("can I get three more forklift drivers for Leeds?", false)]
    [InlineData("could you book me a screen with Anna on Friday?", false)]
    [InlineData("find me 4 welders near Gdańsk?", false)]
    [InlineData("what did I send Anna yesterday?", false)]
    public void AQuestionAboutHowAThingShouldBeDoneOrTheRecruitersOwnWaysAsksTheMemory(string message, bool asks) =>
        Assert.Equal(asks, Regex.IsMatch(message, Rules.StandingQuestions, RegexOptions.IgnoreCase));

    [Theory]
    [InlineData("Harlow margin?", true)]
    [InlineData("Gdańsk cc?", true)]
    [InlineData("notice limit for Norland?", true)]
    [InlineData("Leeds status?", false)]
    public void ATerseQuestionNamingWhatIsKeptAsksTheMemory(string message, bool asks) =>
        Assert.Equal(asks, Regex.IsMatch(message, Rules.TopicAsks, RegexOptions.IgnoreCase));

    [Theory]
    [InlineData("wipe what I told you about Leeds, wrong client", "Leeds")]
    [InlineData("we changed our mind about the Friday calls", "the Friday calls")]
    public void AForgetInOtherWordsNamesWhatItWasAbout(string message, string subject) =>
        Assert.Equal(subject, MemoryRules.Any([Rules.ForgetAbout]).Match(message).Groups["subject"].Value.Trim());

    [Theory]
    [InlineData("I'm on Lisbon time", "tz")]
    [InlineData("I work from Auckland", "based")]
    [InlineData("I loop in Marek on every email", "copy")]
    [InlineData("the final panel is Dana and Ravi", "interviewing")]
    [InlineData("Larkfield takes a 20% fee on perm hires", "what cut does Larkfield take")]
    [InlineData("I nudge candidates on WhatsApp after two days", "how do I follow up")]
    [InlineData("Larkfield gives a 60-day guarantee on placements", "how long do we replace for")]
    [InlineData("invoices for Larkfield go to ap@larkfield.io", "who gets the Larkfield bill")]
    [InlineData("we're on Vincere these days", "which ats")]
    [InlineData("Ana Duarte is my contact there", "quem é o meu contato")]
    [InlineData("the Larkfield fee is 18% on perm hires", "Honorar")]
    public void AQuestionFindsTheRecruitersHabitInOtherWords(string memory, string question)
    {
        var words = new MemoryWords(Rules.CommonWords, Rules.Synonyms, Rules.Kinds);

        Assert.True(words.Shared(words.Content(memory), words.Content(question)) > 0);
    }

    [Fact]
    public void SomeoneTakenOffAPanelGivesWayToWhoReplacesThem() =>
        Assert.Equal(
            "Final panel for the Ghent role: Lotte Maes and Ruben Peeters",
            MemoryCorrection.Apply("Final panel for the Ghent role: Lotte Maes and Pieter Claes", "Pieter is off the panel, Ruben Peeters replaces him"));

    [Theory]
    [InlineData("I'll be on leave from 9 April till the 17th")]
    [InlineData("heads up, I'm away in September")]
    [InlineData("I'm on holiday 2-6 Oct")]
    public void TheRecruitersOwnTimeOffWithWhenIsKeptAndCorrectsNothing(string message) =>
        Assert.False(Assert.Single(_reader.Read(message)).Corrects);

    [Fact]
    public void GoingSomewhereNowIsNoTimeOff() =>
        Assert.Empty(_reader.Read("i'm off to the client now"));

    [Theory]
    [InlineData("ok the long emails aren't working. two lines and casual going forward")]
    [InlineData("bullet points, no attachments from now on")]
    public void HowToDoThingsSaidWithoutAVerbForEveryTimeAfterIsAPreference(string message) =>
        Assert.Contains(_reader.Read(message), s => s.Kind == Hiring.Contracts.Memory.MemoryKind.Preference && (s.Text.Contains("going forward", StringComparison.Ordinal) || s.Text.Contains("from now on", StringComparison.Ordinal)));
}
