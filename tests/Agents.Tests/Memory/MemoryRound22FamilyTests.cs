using Hiring.Agents.Memory;
using Hiring.Agents.Tests.Reasoning.Support;

namespace Hiring.Agents.Tests.Memory;

/// <summary>
/// Families the held-out memory round 22 found, each in other words than its eval case: a correction of one name among several
/// put in the clause that says the same of it; a range of figures put right; notes headed for the notes or on candidates in other
/// languages, and "from now on" in Danish and Dutch; a correction headed in Polish; a part or a person forgotten in Danish,
/// Italian and Swedish, and the lower-case parts of a note that go with the name before them.
/// </summary>
public sealed class MemoryRound22FamilyTests
{
    private static readonly MemoryRules Rules = MemoryRules.Load(TestResources.Prompts);
    private readonly MemoryStatementReader _reader = new(Rules, new ProtectedNotes(Rules));
    private readonly ForgetRequestReader _forget = new(Rules, new MemoryWords(Rules.CommonWords));

    [Theory]
    [InlineData("Pour info, chez Fromagerie Lenoir à Lyon, c'est M. Morel qui signe les contrats, et ils veulent trois entretiens",
        "Petite correction pour Fromagerie Lenoir : c'est Mme Faure qui signe les contrats maintenant", "Faure qui signe", "trois entretiens", "Morel")]
    [InlineData("Brightline Tech (Dublin) - HM for QA roles is Conor Walsh, and they only take CVs through Greenhouse",
        "update on Brightline Tech: Aoife Byrne is the QA HM now", "Aoife Byrne", "Greenhouse", "Conor Walsh")]
    [InlineData("A Clínica Sorriso em Braga paga-nos 12% e o contacto é a Joana Lopes",
        "afinal o contacto na Clínica Sorriso agora é o Tiago Sousa", "Tiago Sousa", "12%", "Joana")]
    [InlineData("band for the Leeds data engineer role is 55-65k base", "finance moved it, Leeds data engineer band is 60-70k now", "60-70k", "base", "55-65k")]
    public void ACorrectionReplacesTheValueItPutsRightAndKeepsTheRest(string old, string said, string brought, string stays, string gone)
    {
        var corrected = MemoryCorrection.Apply(old, said);

        Assert.Contains(brought, corrected, StringComparison.Ordinal);
        Assert.Contains(stays, corrected, StringComparison.Ordinal);
        Assert.DoesNotContain(gone, corrected, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Til noterne: Vestkyst Fisk i Esbjerg betaler 17 % i fee, og kontakten er Lone Berg", "Lone Berg")]
    [InlineData("Appunti candidati: Sara Conti (magazziniera, Verona) chiede 32k, preavviso 2 settimane", "Sara Conti")]
    [InlineData("Candidate Lindiwe Dube (electrician, Durban): wireman's licence, wants R32k, 2 weeks notice", "Lindiwe Dube")]
    [InlineData("Fremover skal alle mine beskeder til kandidater slutte med 'Venlig hilsen, Ida'", "Venlig hilsen")]
    [InlineData("besluit: vacatures voor heftruckchauffeurs zetten we voortaan alleen op Werk.nl", "Werk.nl")]
    public void ANoteHeadedInOtherWordsIsKept(string message, string kept)
    {
        Assert.Contains(_reader.Read(message), s => s.Text.Contains(kept, StringComparison.Ordinal));
    }

    [Fact]
    public void ACorrectionHeadedInPolishCorrects()
    {
        Assert.Matches(MemoryRules.Any(Rules.CorrectionCues), "poprawka, Nord Trans płaci jednak 14%");
    }

    [Fact]
    public void APartForgottenByAWordForItIsThePartTheOtherClauseTellsOf()
    {
        var target = _forget.Read("Nordlys Energi har droppet kravet om kørekort, slet den del – resten gælder stadig");

        Assert.False(target.All || target.Last);
        Assert.Contains("kørekort", target.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public void APronounForgottenInItalianIsThePersonNamedBefore()
    {
        Assert.Equal("Paolo Greco", _forget.Read("Paolo Greco ha firmato con un'altra azienda, cancella tutto su di lui").Subject);
    }

    [Fact]
    public void EverythingAboutMeSaidTwiceIsEverything()
    {
        Assert.True(_forget.Read("radera allt om mig — delete everything you have about me please").All);
    }

    [Fact]
    public void TheLowerCasePartsOfANoteGoWithTheNameBeforeThem()
    {
        var (kept, _) = MemoryDetails.WithoutSubject(
            "Anna Berg (welder, Malmö) asks 40k, notice 2 months — Piotr Nowak (welder, Lund) asks 45k, can start now",
            name => name.StartsWith("Piotr", StringComparison.Ordinal))!.Value;

        Assert.Contains("notice 2 months", kept, StringComparison.Ordinal);
        Assert.DoesNotContain("45k", kept, StringComparison.Ordinal);
        Assert.DoesNotContain("can start now", kept, StringComparison.Ordinal);
    }
}
