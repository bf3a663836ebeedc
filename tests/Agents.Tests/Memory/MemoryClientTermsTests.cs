using Hiring.Agents.Memory;
using Hiring.Agents.Tests.Reasoning.Support;

namespace Hiring.Agents.Tests.Memory;

/// <summary>
/// A client's terms and notes as recruiters tell them: a bill rate, a notice period, someone's floor, who is copied on what goes
/// to a site, what a client pays us in French, a standing instruction or a format in German; a cue to keep in Spanish, Hindi,
/// German or Portuguese, a reminder label and "the thing I need remembered"; a name before a cue said mid-sentence, notes pasted
/// a line each, a title with a full stop before a name, a number that replaces another, a request to forget "them" after naming
/// the client or our fees in French, and a recruiting system asked for as an ATS.
/// </summary>
public sealed class MemoryClientTermsTests
{
    private static readonly MemoryRules Rules = MemoryRules.Load(TestResources.Prompts);
    private readonly MemoryStatementReader _reader = new(Rules, new ProtectedNotes(Rules));
    private readonly ForgetRequestReader _forget = new(Rules, new MemoryWords(Rules.CommonWords));

    [Theory]
    [InlineData("Norland Build subcontractors bill at €390/day through us, and they're on 4 weeks notice", "€390/day")]
    [InlineData("Dana Whitfield, the site engineer candidate in Leeds, is on 3 months notice", "3 months")]
    [InlineData("and Okafor won't budge for under £60k", "£60k")]
    [InlineData("rule for anything sent to the Lagos branch of Ikeja Foods: cc Tunde Bakare", "Tunde Bakare")]
    [InlineData("et Marbella Resorts nous paie 18% du salaire brut", "18%")]
    [InlineData("ojo: en Cementos del Norte la jefa de RRHH es Lucía Prieto", "Lucía Prieto")]
    [InlineData("yaad rakhna — Nagpur client Vidarbha Steel ka plant head Suresh Patil hai", "Suresh Patil")]
    [InlineData("kurze Info für später: bei Hartmann Logistik ist Frau Kessler die Ansprechpartnerin", "Frau Kessler")]
    [InlineData("lembrete: na Solaris Energia a entrevista final é com a Sra. Duarte", "Sra. Duarte")]
    [InlineData("reminder - Tamar Foods always closes every process with a site walk led by Capt. Hendry", "Capt. Hendry")]
    [InlineData("the one thing I really need remembered: Pinecrest Dental onboards every new hire on a Tuesday", "Tuesday")]
    [InlineData("bei Hofmann Bau bitte immer anrufen, nie mailen", "immer anrufen")]
    [InlineData("Lebensläufe für Brandt & Söhne nur als PDF schicken", "PDF")]
    public void TermsAndNotesAboutAClientAreKept(string message, string kept) =>
        Assert.Contains(kept, Assert.Single(_reader.Read(message)).Text, StringComparison.Ordinal);

    [Fact]
    public void ANameBeforeACueSaidMidSentenceStaysWithWhatIsKept()
    {
        // Each term is kept alone, with the name (see MemoryListsAndCorrectionsTests).
        var terms = _reader.Read("Corvid Labs terms, for the record: 19% fee, invoice 30 days after start");

        Assert.Equal(["Corvid Labs terms, 19% fee", "Corvid Labs terms, invoice 30 days after start"], terms.Select(t => t.Text));
    }

    [Fact]
    public void NotesPastedALineEachAreEachKeptWithTheNameTheHeadingGives()
    {
        var notes = _reader.Read("my notes from the Arden Rail debrief:\n- HM = Priya Nair\n- fee 16% of base salary\n- 60 day rebate if they leave");

        Assert.Equal(3, notes.Count);
        Assert.All(notes, n => Assert.StartsWith("Arden Rail: ", n.Text, StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Text.Contains("60 day rebate", StringComparison.Ordinal));
        Assert.Empty(_reader.Read("Requirements:\n- 5 years of Java\n- AWS"));
    }

    [Fact]
    public void ANumberSaidInsteadOfAnotherReplacesIt() =>
        Assert.True(_reader.Replaces("correction - hourly rate's £52 not £48"));

    [Fact]
    public void ForgettingThemAfterNamingTheClientForgetsThatClient() =>
        Assert.Equal("Marlowe", _forget.Read("we've lost Marlowe. wipe out everything you've got on them").Subject);

    [Fact]
    public void AFrenchRequestToForgetOurFeesNamesTheFeeAndTheClientOnly()
    {
        var words = new MemoryWords(Rules.CommonWords, Rules.Synonyms, Rules.Kinds);

        Assert.Equal("honoraires bellevue", _forget.Read("tu peux oublier ce que je t'ai dit sur nos honoraires chez Bellevue").Subject);
        Assert.Equal(1, words.Shared(words.Content("Bellevue: 16% commission on base"), words.Content("honoraires")));
    }

    [Fact]
    public void AnAtsAskedForFindsTheRecruitingSystemTheRecruiterNamed()
    {
        var words = new MemoryWords(Rules.CommonWords, Rules.Synonyms, Rules.Kinds);

        Assert.Equal(1, words.Shared(words.Content("we run every search out of JobAdder"), words.Content("ats")));
    }
}
