using Hiring.Agents.Memory;
using Hiring.Agents.Tests.Reasoning.Support;

namespace Hiring.Agents.Tests.Memory;

/// <summary>
/// Terms and candidate notes listed after a name ("candidate update …:", "Kandidatin …:", "para …:"), each item kept alone so it can
/// be put right or forgotten alone; a client's share said without "fee"; a correction that replaces the number it denies after it,
/// or the one of its own kind, keeps the rest and agrees the article again; German departures; a pointer with "when sourcing" keeps
/// nothing; habits asked in other languages; "drop the … bit from your notes".
/// </summary>
public sealed class MemoryListsAndCorrectionsTests
{
    private static readonly MemoryRules Rules = MemoryRules.Load(TestResources.Prompts);
    private readonly MemoryStatementReader _reader = new(Rules, new ProtectedNotes(Rules));

    [Theory]
    [InlineData("candidate update Priya Raman: earning 60k, wants 72k, 2 months notice, happy in Leeds or York", 4, "Priya Raman, 2 months notice")]
    [InlineData("Kandidatin Eva Maria Roth: Kündigungsfrist 6 Wochen, Gehaltswunsch 70k, gern Hamburg", 3, "Kandidatin Eva Maria Roth, Gehaltswunsch 70k")]
    [InlineData("para Grupo Norte Sur: comisión del 15%, reposición de 2 meses y la jefa de RRHH es Ana Ruiz", 3, "Para Grupo Norte Sur, reposición de 2 meses")]
    [InlineData("couple things re Caldwell Freight: their HM is Tom Price, margin 12%", 2, "Caldwell Freight, margin 12%")]
    public void ATermListAfterANameIsAMemoryAnItemWithThatName(string message, int count, string item)
    {
        var kept = _reader.Read(message);

        Assert.Equal(count, kept.Count);
        Assert.Contains(kept, s => s.Text == item);
        Assert.All(kept, s => Assert.False(s.Corrects));
    }

    [Theory]
    [InlineData("Standardmäßig: shortlists as PDF, not Word")]
    [InlineData("Orla Byrne's team: wants CVs by Friday, no cover letters")]
    [InlineData("y otra cosa: the Bilbao client wants a video intro, no photos")]
    public void AnItemThatDeniesOrLimitsTheOneBeforeKeepsTheListWhole(string message) =>
        Assert.Single(_reader.Read(message));

    [Theory]
    [InlineData("Marlow Dental pays 16% on perm")]
    [InlineData("Greyfield Homes is 18% flat for every level")]
    [InlineData("Halden agreed 20% for the site manager search, payable within 14 days")]
    public void AShareAClientPaysIsKeptWithoutTheWordFee(string message) =>
        Assert.Single(_reader.Read(message));

    [Theory]
    [InlineData("Ravi Textiles ka payment bill ke 60 din baad aata hai")]
    [InlineData("their payments land 30 days after the invoice")]
    public void WhenAClientsPaymentComesIsKept(string message) =>
        Assert.Single(_reader.Read(message));

    [Fact]
    public void PaymentsARoleRunsAreNoTerm() =>
        Assert.Empty(_reader.Read("need an accounts clerk who can process payments within 30 days"));

    [Fact]
    public void AShareOfTimeOrPlaceIsNoFee() =>
        Assert.Empty(_reader.Read("the role is 40% travel"));

    [Fact]
    public void APointerWithWhenItCountsKeepsNothingOfItsOwn() =>
        Assert.Empty(_reader.Read("bear it in mind while screening"));

    [Theory]
    [InlineData("Priya Raman ka current CTC 18 LPA hai, expected 26, notice 60 days", "update: Priya ka expected 24 hai, 26 nahi", "expected 24, notice 60 days")]
    [InlineData("Corvel agreed 18% for the buyer search, payable 45 days after start", "corvel finance pushed back, it's at 15% now", "15% for the buyer search, payable 45 days")]
    [InlineData("Priya Raman, on 2 months notice, wants 72k", "sorry, priya's notice is 3 months", "on 3 months notice, wants 72k")]
    public void ACorrectionReplacesOnlyTheNumberItDeniesOrTheOneOfItsKind(string old, string said, string expected) =>
        Assert.Contains(expected, MemoryCorrection.Apply(old, said), StringComparison.Ordinal);

    [Theory]
    [InlineData("Greyfield charges a 20% fee", "18% now", "an 18% fee")]
    [InlineData("Greyfield charges an 11% fee", "it's 12% now", "a 12% fee")]
    public void TheArticleBeforeAReplacedNumberAgreesWithIt(string old, string said, string expected) =>
        Assert.Contains(expected, MemoryCorrection.Apply(old, said), StringComparison.Ordinal);

    [Theory]
    [InlineData("Harbourside Group: the ops lead at the Hove site is Nadia Okafor and she signs off every offer",
        "update on Harbourside Group: Nadia Okafor has moved to their Brighton hotel. Tom Whitcombe is the new ops lead in Hove and takes over the offer sign-offs",
        "Tom Whitcombe", "Nadia")]
    [InlineData("At Kessel Bau the site manager in Kiel is Uwe Brandt, he approves all hires",
        "Kessel Bau: Uwe Brandt left for their Hamburg office. Lena Voss runs Kiel now and approves hires",
        "Lena Voss", "Uwe")]
    public void ADepartureInOneSentenceAndTheNewcomerInTheNextReplaceTheOneWhoLeft(string old, string said, string comes, string goes)
    {
        var text = MemoryCorrection.Apply(old, said);

        Assert.Contains(comes, text, StringComparison.Ordinal);
        Assert.DoesNotContain(goes, text, StringComparison.Ordinal);
    }

    [Fact]
    public void AGermanDepartureReplacesThePersonWithTheOneSaidToBeNew()
    {
        const string said = "Frau Lange hat gekündigt, neuer Ansprechpartner ist Herr Jonas Brandt";

        Assert.True(_reader.IsCorrection(said));
        Assert.Equal("Bei Kessel Bau ist Jonas Brandt der Ansprechpartner für Technik", MemoryCorrection.Apply("Bei Kessel Bau ist Frau Petra Lange der Ansprechpartner für Technik", said));
    }

    [Theory]
    [InlineData("Wann rufe ich normalerweise Kandidaten zurück?")]
    [InlineData("comment je présente d'habitude les candidats ?")]
    [InlineData("how do I usually send offers?")]
    public void HabitsAskedInOtherLanguagesAreTheRecruitersOwnWays(string question) =>
        Assert.True(new MemoryQuestionReader(Rules, new MemoryWords(Rules.CommonWords, Rules.Synonyms, Rules.Kinds), new TimePhraseReader(TimePhrases.Load(TestResources.Prompts))).AsksOwnLiking(question));

    [Theory]
    [InlineData("remove the guarantee bit for Caldwell from your notes", "guarantee")]
    [InlineData("take the rate part for Halden out of your records", "rate")]
    public void DroppingABitFromTheNotesNamesIt(string message, string subject) =>
        Assert.Contains(subject, MemoryRules.Any([Rules.ForgetAbout]).Match(message).Groups["subject"].Value, StringComparison.Ordinal);

    [Fact]
    public void DroppingABitOfTheRoleIsNoForget() =>
        Assert.DoesNotMatch(MemoryRules.Any([Rules.ForgetAbout]), "drop the python bit, it's not needed");
}
