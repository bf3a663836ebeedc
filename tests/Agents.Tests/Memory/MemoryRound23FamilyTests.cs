using Hiring.Agents.Memory;
using Hiring.Agents.Tests.Reasoning.Support;

namespace Hiring.Agents.Tests.Memory;

/// <summary>
/// Families the held-out memory round 23 found, each in other words, names, languages and trades than its eval case: a question about
/// a client's contact, terms or a candidate's start asked in the languages recruiters write in; a note headed "apunta esto", on a
/// candidate whose name has a "van der", or on a client named with "di"; someone forgotten by a Danish, Swedish or French pronoun, or
/// everything "you have on them"; a part dropped in Swedish; a client told in a sentence of its own forgotten without
/// the one before it; and a correction headed "rettelse"/"rättelse" that says the new contact
/// with "er"/"är", in a clause that names the contact in a longer word ("kontakten" of "kontaktperson").
/// </summary>
public sealed class MemoryRound23FamilyTests
{
    private static readonly MemoryRules Rules = MemoryRules.Load(TestResources.Prompts);
    private readonly MemoryStatementReader _reader = new(Rules, new ProtectedNotes(Rules));
    private readonly ForgetRequestReader _forget = new(Rules, new MemoryWords(Rules.CommonWords));

    [Theory]
    [InlineData("¿quién es nuestro contacto en Cerámicas Levante?")]
    [InlineData("wie is ook alweer de contactpersoon bij Bakkerij Ruis?")]
    [InlineData("quanto nos paga a Construtora Minas?")]
    [InlineData("vad betalar Fjällhotellet oss per placering?")]
    [InlineData("hvem er kontakten hos Fyns Tømrer?")]
    [InlineData("ile płaci nam Drukarnia Wisła?")]
    [InlineData("chi approva le assunzioni da Cantina Rossi?")]
    [InlineData("wann kann Jonas Weber anfangen?")]
    [InlineData("was wissen wir über Lena Brandt?")]
    public void AQuestionAboutAClientsTermsOrAPersonIsAskedOfTheMemory(string question)
    {
        Assert.Matches(MemoryRules.Any([Rules.RecallCues]), question);
    }

    [Theory]
    [InlineData("Apunta esto: en Hotel Mirador de Cádiz la gobernanta es Rosa Vidal", "Rosa Vidal")]
    [InlineData("Notitie over kandidaat Femke van der Berg, lasser in Zwolle: VCA, wil €19 per uur", "VCA")]
    [InlineData("Per Cantiere Navale di Ancona: fee 16%, referente Luca Serra", "Luca Serra")]
    public void ANoteHeadedInOtherWordsIsKept(string message, string kept)
    {
        Assert.Contains(_reader.Read(message), s => s.Text.Contains(kept, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Jonas Holm har fået job et andet sted, glem alt om ham", "Jonas Holm")]
    [InlineData("Sara Lind har tackat ja till ett annat jobb, ta bort allt om henne", "Sara Lind")]
    [InlineData("on ne travaille plus avec Garage Moreau, efface tout ce qui les concerne", "Garage Moreau")]
    public void APronounForgottenInOtherLanguagesIsWhomTheRequestNames(string request, string named)
    {
        Assert.Equal(named, _forget.Read(request).Subject);
    }

    [Fact]
    public void APartDroppedInSwedishIsThePartTheOtherClauseTellsOf()
    {
        var target = _forget.Read("Fjällhotellet kräver inte hygienpass längre, ta bort just den delen, resten gäller");

        Assert.False(target.All || target.Last);
        Assert.Contains("hygienpass", target.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public void EverythingYouHaveOnThemIsEveryMemoryAboutThem()
    {
        Assert.Matches(MemoryRules.Any([Rules.ForgetEvery]), "we lost the Harbour Dental account, clear everything you have on them");
    }

    [Theory]
    [InlineData("Fyns Tømrer i Odense betaler 14 % i fee, kontaktperson er Mette Dahl", "rettelse: kontakten hos Fyns Tømrer er nu Jens Krogh", "Jens Krogh", "14 %", "Mette")]
    [InlineData("Bergs Bageri i Luleå betalar 12 % i arvode, kontaktperson är Olof Nyström", "rättelse: kontakten på Bergs Bageri är nu Stina Ek", "Stina Ek", "12 %", "Olof")]
    public void ACorrectionInNordicWordsReplacesTheContactAndKeepsTheTerms(string old, string said, string brought, string stays, string gone)
    {
        var corrected = MemoryCorrection.Apply(old, said);

        Assert.Contains(brought, corrected, StringComparison.Ordinal);
        Assert.Contains(stays, corrected, StringComparison.Ordinal);
        Assert.DoesNotContain(gone, corrected, StringComparison.Ordinal);
        Assert.DoesNotContain("ttelse", corrected, StringComparison.Ordinal);
    }

    [Fact]
    public void AClientToldInASentenceOfItsOwnIsForgottenWithoutTheOneBefore()
    {
        var (kept, _) = MemoryDetails.WithoutSubject(
            "Bodegas Ferrer (Jerez) nos paga 18 %, contacto Pilar Ruiz. Conservas Ortiz en Vigo paga 15 %, contacto Iñaki Goñi",
            name => name.StartsWith("Conservas", StringComparison.Ordinal))!.Value;

        Assert.Contains("Pilar Ruiz", kept, StringComparison.Ordinal);
        Assert.DoesNotContain("Goñi", kept, StringComparison.Ordinal);
    }
}
