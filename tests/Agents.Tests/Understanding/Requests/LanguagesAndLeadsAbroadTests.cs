using Hiring.Agents.Tests.Support;
using Hiring.Contracts.Projects;
using Hiring.Reasoning.BuiltIn;
using Hiring.Reasoning.Understanding.Requests;

namespace Hiring.Agents.Tests.Understanding.Requests;

/// <summary>
/// Requirements written in other languages: a language by its name in another language wherever it stands, or by its code
/// beside a word of languages; a skill after the words that introduce it ("dominio de", "padronanza di") or the sounds of speech
/// around it, without them; a product's name of two words kept whole.
/// </summary>
public sealed class LanguagesAndLeadsAbroadTests
{
    private static IReadOnlyList<ReadRequirement> Read(string text) => UnderstandingResources.Roles.Read(text).Requirements;

    [Fact]
    public void TheLanguageTableNamesEachLanguageInTwelveLanguagesAtLeast()
    {
        var file = BuiltInResource.Load<LanguagesFile>(UnderstandingResources.Prompts, LanguagesFile.FileName);

        var full = file.Languages.Where(l => l.Value.Names.Count >= 12 && l.Value.Codes.Count > 0).ToList();

        Assert.True(full.Count >= 40, $"{full.Count} languages have names in 12 languages and a code");
    }

    [Theory]
    // The little words of the sentence's own language right after the name: "of", "and", "becomes", "can be".
    [InlineData("Buchhalter in Graz, Spanisch von Vorteil", "spanish", QualificationKind.NiceToHave)]
    [InlineData("Camarero en Ibiza, francés y portugués imprescindibles", "portuguese", QualificationKind.MustHave)]
    [InlineData("Camarero en Ibiza, francés y portugués imprescindibles", "french", QualificationKind.MustHave)]
    [InlineData("Magazijnmedewerker in Venlo, Italiaans wordt een pré", "italian", QualificationKind.NiceToHave)]
    [InlineData("Planner in Breda, zet Spaans er ook bij als pré", "spanish", QualificationKind.NiceToHave)]
    [InlineData("Addetto vendite a Torino, russo molto gradito", "russian", QualificationKind.NiceToHave)]
    [InlineData("Kierowca w Gdańsku, znajomość niemieckiego mile widziana", "german", QualificationKind.NiceToHave)]
    [InlineData("Recepcionista em Faro, holandês fica como mais-valia", "dutch", QualificationKind.NiceToHave)]
    public void ALanguageNamedInAnotherLanguageIsThatLanguageWhateverFollows(string text, string language, QualificationKind kind)
    {
        var requirements = Read(text);

        Assert.Contains(requirements, r => r.Subject == language && r.Kind == kind && r.Category == QualificationCategory.Language);
        Assert.DoesNotContain(requirements, r => r.Subject.Contains(' ', StringComparison.Ordinal) && r.Category != QualificationCategory.Language);
    }

    [Theory]
    [InlineData("Key account manager in Brussels, bilingue NL/FR", "dutch", "french")]
    [InlineData("Sachbearbeiter in Basel, zweisprachig DE-IT", "german", "italian")]
    [InlineData("support agent in Lisbon, bilingual pt/es, 1 yr", "portuguese", "spanish")]
    [InlineData("Travel consultant in Seoul, Korean/EN fluent", "korean", "english")]
    public void LanguageCodesBesideAWordOfLanguagesAreTheLanguages(string text, string first, string second)
    {
        var languages = Read(text).Where(r => r.Category == QualificationCategory.Language).Select(r => r.Subject).ToList();

        Assert.Contains(first, languages);
        Assert.Contains(second, languages);
        Assert.DoesNotContain(Read(text), r => r.Category != QualificationCategory.Language && r.Subject.Length == 2);
    }

    [Theory]
    [InlineData("IT support analyst in Madrid, ServiceNow")]
    [InlineData("Cuisinier à Nice, de préférence avec HACCP")]
    [InlineData("Java developer, no agencies")]
    [InlineData("Junior backend dev in Bristol, the language is up to them")]
    public void ACodeAloneIsNoLanguage(string text) =>
        Assert.DoesNotContain(Read(text), r => r.Category == QualificationCategory.Language);

    [Theory]
    [InlineData("telemarketer in Hyderabad, telugu aana chahiye", "telugu")]
    [InlineData("driver in Pune, marathi bolna aata ho toh accha", "marathi")]
    public void ALanguageKnownOrSpokenInHinglishIsThatLanguage(string text, string language)
    {
        var requirements = Read(text);

        Assert.Contains(requirements, r => r.Subject == language);
        Assert.DoesNotContain(requirements, r => r.Subject.Contains(language + " ", StringComparison.Ordinal) || r.Subject is "aana" or "aata" or "ho" or "bolna");
    }

    [Theory]
    [InlineData("Contable en Sevilla, dominio de Contasol imprescindible", "contasol")]
    [InlineData("Impiegata a Padova, padronanza di Zucchetti richiesta", "zucchetti")]
    [InlineData("Barkeeper in Zürich, sicherer Umgang mit Gastrofix, von Vorteil", "gastrofix")]
    [InlineData("Técnico em Porto, certificação Furukawa obrigatória", "furukawa")]
    [InlineData("bar manager in Leeds, knowing Tevalis would be a plus", "tevalis")]
    [InlineData("Operatore a Bari, programmazione Heidenhain gradita", "heidenhain")]
    public void TheWordsThatIntroduceASkillAreNoPartOfIt(string text, string skill) =>
        Assert.Contains(Read(text), r => r.Subject == skill);

    [Theory]
    [InlineData("aide-comptable à Nantes euh expérimentée genre Cegid obligatoire")]
    [InlineData("contable tipo experimentado, o sea A3 obligatorio, en Bilbao")]
    public void TheSoundsOfSpeechAndExperiencedAreNoRequirements(string text) =>
        Assert.DoesNotContain(Read(text), r => r.Subject.Split(' ').Any(w => w is "euh" or "genre" or "experimentee" or "experimentado" or "tipo" or "sea"));

    [Theory]
    [InlineData("Transport planner in Leicester, Roadnet software and Excel", "roadnet")]
    [InlineData("FP&A analyst in Dublin, SAP SAC and Power BI", "sap sac")]
    [InlineData("Fleet coordinator in Cork, Excel and TomTom Webfleet experience", "tomtom webfleet")]
    [InlineData("Route planner in Leeds, Optimo Tools and Excel", "optimo tools")]
    public void AProductsNameOfTwoWordsIsOneRequirement(string text, string product) =>
        Assert.Contains(Read(text), r => r.Subject == product);
}
