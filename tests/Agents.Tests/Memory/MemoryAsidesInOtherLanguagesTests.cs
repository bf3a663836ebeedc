using Hiring.Agents.Memory;
using Hiring.Agents.Tests.Reasoning.Support;
using Hiring.Contracts.Memory;

namespace Hiring.Agents.Tests.Memory;

/// <summary>
/// A fact told in passing after other work, in the languages recruiters write in: a cue after that language's "and" ("E segnati:",
/// "I zapisz sobie:", "Bir de not al:"), a heading that asks to keep what follows its colon ("notes on X for later:", "Wichtig für
/// alle X-Stellen:"), a cue before a dash that points at what follows, a note on someone named after "btw"; changes said in other
/// languages, which put the kept fact right; and forgetting in those languages.
/// </summary>
public sealed class MemoryAsidesInOtherLanguagesTests
{
    private static readonly MemoryRules Rules = MemoryRules.Load(TestResources.Prompts);
    private readonly MemoryStatementReader _reader = new(Rules, new ProtectedNotes(Rules));

    [Theory]
    [InlineData("Puoi aggiornare la job description? E segnati: da Bonetti Srl il colloquio finale è sempre in presenza a Brescia", "Brescia")]
    [InlineData("Przygotuj ogłoszenie dla księgowej. I zapisz sobie: w firmie Nowak-Bud faktury są płatne w 30 dni", "30 dni")]
    [InlineData("Kan du skriva en annons för lagerchef? Och kom ihåg framöver: jag skickar alltid shortlistor på fredagar", "fredagar")]
    [InlineData("İlanı hazırlar mısın? Bir de not al: Ege Kimya'da teklifleri Ayşe Hanım onaylıyor", "Ayşe")]
    [InlineData("me manda o resumo da semana? ah, e pra constar: a Construtora Lima paga 15% de fee", "15%")]
    [InlineData("haz el informe de la vacante porfa. dato pa que lo tengas: Rodrigo Peña pide 60 mil brutos", "60 mil")]
    [InlineData("資料をまとめてください。あと覚えておいてほしいのですが、山田商事の面接は必ず対面です。", "山田商事")]
    public void ACueAfterWorkInAnyLanguageKeepsWhatFollowsIt(string message, string kept)
    {
        var statement = Assert.Single(_reader.Read(message));

        Assert.Contains(kept, statement.Text, StringComparison.Ordinal);
        Assert.False(statement.Weak);
    }

    [Theory]
    [InlineData("send me the pipeline. also notes on Keiko Tanaka for later: wants 95k, 1 month notice", "Keiko Tanaka")]
    [InlineData("Bitte die Absagen schreiben. Und zu Jonas Weber merk dir: kündigt zum Quartal, will 70k", "Jonas Weber")]
    public void AHeadingThatAsksToKeepKeepsWhatFollowsItsColonUnderItsName(string message, string name) =>
        Assert.All(_reader.Read(message), s => Assert.StartsWith(name, s.Text, StringComparison.Ordinal));

    [Fact]
    public void AHeadingForEveryRoleOfAClientIsAStandingRule()
    {
        var statement = Assert.Single(_reader.Read("Such mir 5 Elektriker in Köln. Wichtig für alle Lindner-Stellen: Führerschein ist Pflicht"));

        Assert.Contains("Führerschein", statement.Text, StringComparison.Ordinal);
        Assert.Equal(MemoryKind.Preference, statement.Kind);
    }

    [Fact]
    public void AHeadingThatNamesTheWorkIsNoRule() =>
        Assert.Empty(_reader.Read("back to the welder one: make it nights only"));

    [Fact]
    public void AHeadingThatSaysWhatToDoStaysWithItsList() =>
        Assert.All(_reader.Read("each friday give me two things: offers still open and interviews booked next week"), s => Assert.Contains("friday", s.Text, StringComparison.OrdinalIgnoreCase));

    [Theory]
    [InlineData("send the two CVs over to Mark. also for my records — at Brightwell Foods, contracts get signed by Tomasz Wrona", "Tomasz", "CVs")]
    [InlineData("ok wrap up the outreach draft, and before i forget — Norland Bank agreed 19% on base for every hire", "19%", "outreach")]
    public void ACueBeforeADashKeepsWhatFollowsNotTheWorkBefore(string message, string kept, string work)
    {
        var statement = Assert.Single(_reader.Read(message));

        Assert.Contains(kept, statement.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(work, statement.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ANoteOnSomeoneNamedAfterBtwIsKeptBesideWork()
    {
        var statement = Assert.Single(_reader.Read("can you draft the rejection for the analyst? btw Ines Moreau said she'd take 68k, plus she needs Fridays at home"));

        Assert.False(statement.Weak);
        Assert.Contains("Fridays", statement.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AChangeToldUnderAnUpdateHeadingIsOneCorrection()
    {
        var statement = Assert.Single(_reader.Read("petit changement chez Harlow : ils sont passés sur Greenhouse, c'est là qu'on dépose les CV désormais"));

        Assert.True(statement.Corrects);
        Assert.Contains("Greenhouse", statement.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cambio en Lozano Hnos: desde ahora las ofertas las firma Pilar Ruiz")]
    [InlineData("Hugo bajó su pretensión a 52 mil, ya lo hablé con él")]
    [InlineData("ändring för Berg AB: intervjuerna hålls i Malmö från och med nu")]
    [InlineData("Jeroen wil nu 90k, auto blijft erbij")]
    [InlineData("düzeltme: ekip yeni sisteme geçti")]
    public void AChangeSaidInOtherLanguagesCorrects(string message) =>
        Assert.True(_reader.IsCorrection(message));

    [Fact]
    public void ANewFigureReplacesTheOldOneThoughACapitalizedNounComesWithIt()
    {
        var corrected = MemoryCorrection.Apply("Mit Firma Holt haben wir 20% vom Jahresgehalt, Zahlung nach 30 Tagen", "Holt: die haben nachverhandelt, wir liegen jetzt bei 22%, der Rest bleibt");

        Assert.Contains("22%", corrected, StringComparison.Ordinal);
        Assert.DoesNotContain("20%", corrected, StringComparison.Ordinal);
        Assert.Contains("Holt", corrected, StringComparison.Ordinal);
    }

    [Fact]
    public void TheNameAChangeIsHeadedWithStaysAndThePlaceGoes() =>
        Assert.DoesNotContain("Göteborg", MemoryCorrection.Apply("Hos Lindqvist AB hålls andra intervjun i Göteborg", "Lindqvist: andra intervjun hålls i Malmö från och med nu"), StringComparison.Ordinal);

    [Theory]
    [InlineData("la parte del bonus dimenticala, non vale più", "bonus")]
    [InlineData("lo del preaviso olvídalo, era confidencial", "preaviso")]
    public void TheTopicFirstThenForgetItNamesWhatGoes(string message, string subject) =>
        Assert.Equal(subject, MemoryRules.Any([Rules.ForgetAbout]).Match(message).Groups["subject"].Value);

    [Theory]
    [InlineData("usuń to, co mówiłem o ofercie z Allegro")]
    [InlineData("glöm det jag sa om lönen")]
    [InlineData("dimentica quello che ti ho detto sul venerdì")]
    public void ARequestToForgetOpensInOtherLanguages(string message) =>
        Assert.Matches(MemoryRules.Any([Rules.ForgetOpening]), message);

    [Fact]
    public void AWordForPayFindsASumOfMoney()
    {
        var words = new MemoryWords(Rules.CommonWords, Rules.Synonyms, Rules.Kinds);

        Assert.True(words.Shared(words.Content("Rita Gomes vise 75k fixe"), words.Content("son salaire")) > 0);
        Assert.Equal(0, words.Shared(words.Content("Rita Gomes dispo à partir du 3 mai"), words.Content("son salaire")));
    }

    [Fact]
    public void JapaneseWordsPartWhereTheScriptChanges() =>
        Assert.Contains("精機", MemoryWords.Split("サクラ精機の内定"));

    [Theory]
    [InlineData("I sign candidate mails as 'Ana – People Team', always")]
    [InlineData("oczekuje 18 tys. brutto, woli pracę zdalną")]
    public void AQuoteOrAUnitsStopEndsNoClause(string message) =>
        Assert.Single(MemoryClause.Split(message));
}
