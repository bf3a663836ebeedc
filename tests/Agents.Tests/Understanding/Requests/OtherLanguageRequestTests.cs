using Hiring.Contracts.Projects;
using Hiring.Agents.Tests.Support;
using Hiring.Reasoning.Understanding.Requests;

namespace Hiring.Agents.Tests.Understanding.Requests;

/// <summary>Requests written in another language: the title they translate, their years and places, and no requirement made of their little words.</summary>
public sealed class OtherLanguageRequestTests
{
    [Theory]
    [InlineData("Cerchiamo un programmatore PHP a Bologna", "php developer", "Bologna")]
    [InlineData("Cerchiamo uno sviluppatore a Bologna", "software engineer", "Bologna")]
    [InlineData("Se busca contadora en Sevilla, SAP FI", "accountant", "Seville")]
    [InlineData("Elektrikerin für Bremen gesucht", "electrician", "Bremen")]
    [InlineData("Wij zoeken een magazijnmedewerker in Eindhoven", "warehouse associate", "Eindhoven")]
    [InlineData("Pielęgniarka w Krakowie, oddział internistyczny", "registered nurse", "Krakow")]
    // Made of a field and a head, the way each language joins them.
    [InlineData("Olá! Preciso de um engenheiro de dados sénior em Lisboa, com Spark e Scala", "data engineer", "Lisbon")]
    [InlineData("Cerchiamo un responsabile di magazzino a Milano, SAP obbligatorio", "warehouse manager", "Milan")]
    [InlineData("Logistikkoordinator (m/w/d) – Hamburg", "logistics coordinator", "Hamburg")]
    [InlineData("Szukamy kierownika magazynu w Poznaniu", "warehouse manager", "Poznan")]
    [InlineData("Wir suchen einen Senior Java-Entwickler in Frankfurt", "java developer", "Frankfurt")]
    [InlineData("Buscamos profesor de inglés para preparatoria en Ciudad de México", "english teacher", "Mexico City")]
    // An English title in a Polish sentence takes a Polish case ending on its head word.
    [InlineData("Poszukujemy doświadczonego Data Engineera do zespołu w Krakowie", "data engineer", "Krakow")]
    [InlineData("Rekrutujemy Project Managera, biuro w Warszawie", "project manager", "Warsaw")]
    // A Polish adjectival title in the case its verb or preposition asks for (approvals round 8: "Szukamy księgowej…" asked for the title).
    [InlineData("Szukamy księgowej do biura w Gdańsku, znajomość Symfonii", "accountant", "Gdansk")]
    [InlineData("Poszukujemy głównej księgowej do spółki w Łodzi", "accounting manager", "Lodz")]
    // A sales executive as Latin America and Iberia call one (approvals round 8: "un ejecutivo comercial en Bogotá" asked for the title).
    [InlineData("Buscamos ejecutiva de cuentas en Lima para vender SaaS a empresas", "account executive", "Lima")]
    [InlineData("Estamos contratando executivo comercial em Curitiba, 3 anos com vendas B2B", "account executive", "Curitiba")]
    // An ending that names women too, glued to the word ("(a)", "/a", "*in").
    [InlineData("Procuramos Engenheiro(a) de Software para Porto, Java", "software engineer", "Porto")]
    [InlineData("Buscamos Ingeniero/a de Datos en Sevilla", "data engineer", "Seville")]
    [InlineData("Wir suchen eine:n Entwickler*in in Köln", "software engineer", "Cologne")]
    // Titles of the Nordic languages, Austria's nurse, a head chef, a machine operator named with CNC.
    [InlineData("Vi söker en grundskollärare till en skola i Göteborg", "elementary school teacher", "Gothenburg")]
    [InlineData("DGKP für eine Reha-Klinik in Graz gesucht", "registered nurse", "Graz")]
    [InlineData("Buscamos jefa de cocina para un restaurante en Sevilla", "head chef", "Seville")]
    [InlineData("Cercasi operatore CNC per officina a Brescia", "machine operator", "Brescia")]
    // Titles of trades and offices each language names by its own word, a Polish one in the case its verb asks for.
    [InlineData("Cerchiamo un manutentore meccanico per uno stabilimento a Bergamo", "maintenance technician", "Bergamo")]
    [InlineData("Poszukujemy głównej księgowej do biura w Gdańsku", "accounting manager", "Gdansk")]
    [InlineData("Wir suchen eine Teamleiterin für unser Lager in Dortmund", "team leader", "Dortmund")]
    [InlineData("Cabinet à Montréal cherche une technicienne juridique", "paralegal", "Montreal")]
    [InlineData("Beleidsmedewerker wonen gezocht voor de gemeente Utrecht", "policy analyst", "Utrecht")]
    [InlineData("Pflegedienstleiterin für ein Seniorenheim in Linz gesucht", "director of nursing", "Linz")]
    [InlineData("Przedstawiciel handlowy w Łodzi, samochód służbowy", "sales representative", "Lodz")]
    [InlineData("Procuramos um técnico de suporte de TI em Braga", "it support specialist", "Braga")]
    // Czech and Turkish.
    [InlineData("Hledáme PHP vývojáře, Ostrava, Laravel", "php developer", "Ostrava")]
    [InlineData("Ankara'da satış temsilcisi arıyoruz", "sales representative", "Ankara")]
    // Trades and professions named in their own language, and the Polish locative of a city ("w Katowicach").
    [InlineData("Poszukujemy spawacza MIG/MAG, praca w Katowicach", "welder", "Katowice")]
    // A title that ends in a consonant with the "-a" of the Polish object or of a Spanish woman's title, which the vocabulary does not list.
    [InlineData("Szukamy kasjera do sklepu w Lublinie", "cashier", "Lublin")]
    [InlineData("Zatrudnimy magazyniera, centrum logistyczne w Poznaniu", "warehouse associate", "Poznan")]
    // Titles in other languages of a store's department head, a shop's manager and a backend developer in Swedish.
    [InlineData("Hypermarché à Rouen cherche un chef de rayon boucherie", "department manager", "Rouen")]
    [InlineData("Se busca encargada de tienda en Murcia, moda", "store manager", "Murcia")]
    [InlineData("Vi söker en backendutvecklare i Göteborg, Go", "backend engineer", "Gothenburg")]
    [InlineData("Buscamos pastelera para un obrador en Sevilla", "pastry chef", "Seville")]
    [InlineData("Cerchiamo un agronomo per un'azienda vinicola a Verona", "agronomist", "Verona")]
    [InlineData("Wir suchen einen Windkrafttechniker mit GWO in Bremen", "wind turbine technician", "Bremen")]
    [InlineData("Rekrutujemy inżyniera elektryka, biuro w Szczecinie", "electrical engineer", "Szczecin")]
    [InlineData("Pour un assureur à Lyon, nous cherchons un actuaire IARD", "actuary", "Lyon")]
    [InlineData("Wij zoeken een leerkracht Frans voor een school in Gent", "teacher", "Ghent")]
    // A Dutch vacancy's field after its head, European Portuguese spelling, a Polish title in the case of its verb, a field in the
    // Romance order, the controller of a company's management accounts.
    [InlineData("Wij zoeken een docent Engels voor een mbo in Arnhem", "english teacher", "Arnhem")]
    [InlineData("Procuramos rececionista para um hostel em Coimbra", "receptionist", "Coimbra")]
    [InlineData("Zatrudnimy kierowcę, baza w Poznaniu, praca w kraju", "truck driver", "Poznan")]
    [InlineData("Cerchiamo un programmatore full stack a Genova, Angular", "full stack engineer", "Genoa")]
    [InlineData("Contrôleur de gestion pour une PME à Nantes, Excel avancé", "management accountant", "Nantes")]
    // The designer of machines, the payroll clerk, the head of a hotel's front desk and the transport planner by their own words,
    // a Polish nurse in the case of her verb.
    [InlineData("Konstrukteurin für Sondermaschinenbau in Augsburg gesucht, SolidWorks", "design engineer", "Augsburg")]
    [InlineData("Poszukujemy konstruktora do biura w Wrocławiu, Inventor", "design engineer", "Wroclaw")]
    [InlineData("Cabinet comptable à Rennes recrute une gestionnaire de paie, Silae", "payroll specialist", "Rennes")]
    [InlineData("Buscamos técnica de nóminas en Zaragoza, A3nom", "payroll specialist", "Zaragoza")]
    [InlineData("Hotel in Sevilla busca jefa de recepción con francés", "front office manager", "Seville")]
    [InlineData("Wir suchen einen Empfangsleiter für ein Hotel in Salzburg", "front office manager", "Salzburg")]
    [InlineData("Vacature: transportplanner bij een vervoerder in Venlo", "logistics coordinator", "Venlo")]
    [InlineData("Disponent (m/w/d) für eine Spedition in Bremen", "logistics coordinator", "Bremen")]
    [InlineData("Zatrudnimy pielęgniarkę na oddział pediatrii w Lublinie", "registered nurse", "Lublin")]
    // The head of a warehouse in Swedish, a tax practice's clerk, a pharmacy technician, a district nurse, a Brazilian nursing
    // technician, Turkish accounting and purchasing specialists.
    [InlineData("Vi söker en lagerchef till vårt lager i Stockholm", "warehouse manager", "Stockholm")]
    [InlineData("Steuerkanzlei in Hamburg sucht Steuerfachangestellten, DATEV", "tax accountant", "Hamburg")]
    [InlineData("Pharmacie à Lyon cherche une technicienne en pharmacie", "pharmacy technician", "Lyon")]
    [InlineData("Thuiszorg in Rotterdam zoekt een wijkverpleegkundige", "home health nurse", "Rotterdam")]
    [InlineData("Hospital em Recife contrata técnica de enfermagem, plantão diurno", "licensed practical nurse", "Recife")]
    [InlineData("İzmir ofisimiz için muhasebe uzmanı arıyoruz", "accountant", "Izmir")]
    [InlineData("Bursa fabrikamız için satınalma uzmanı lazım", "procurement analyst", "Bursa")]
    public void ATitleInAnotherLanguageIsTheTitleItTranslates(string text, string title, string city)
    {
        var reading = UnderstandingResources.Roles.Read(text);

        Assert.Equal(title, reading.Title?.Canonical);
        Assert.Equal(TitleOrigin.Vocabulary, reading.Title?.Origin);
        Assert.Contains(reading.Places.Places, p => p.Name == city);
    }

    [Theory]
    [InlineData("Buchhalter in Leipzig, mindestens 4 Jahre Berufserfahrung, DATEV", 4)]
    [InlineData("Comptable à Nantes, 6 ans d'expérience, Sage", 6)]
    [InlineData("Ingeniero de software en Bilbao, 3-5 años de experiencia, Java", 3)]
    [InlineData("Kellner in Linz, 2 Jahre mindestens, Deutsch", 2)]
    [InlineData("Comptable à Lille. Sage. 4 ans min.", 4)]
    // Said to be enough.
    [InlineData("para Sevilla con 4 años es suficiente", 4)]
    [InlineData("3 Jahre reichen auch", 3)]
    // The verb of enough said first; a minimum said first with no word of experience after the years.
    [InlineData("al cliente bastano anche 3 anni", 3)]
    [InlineData("Técnico en Rosario, mínimo 6 años en el rubro", 6)]
    // Czech and Turkish.
    [InlineData("Účetní v Praze, alespoň 4 roky praxe", 4)]
    [InlineData("Bursa'da muhasebeci, en az 5 yıl tecrübe", 5)]
    // Post-qualification years of a solicitor, as a range.
    [InlineData("Employment solicitor in Bristol, 2-4 PQE, hybrid", 2)]
    public void YearsOfExperienceInAnotherLanguageAreTheMinimum(string text, int years) =>
        Assert.Equal(years, UnderstandingResources.Roles.Read(text).Years);

    [Fact]
    public void APortugueseGreetingIsNoPlaceAndItsShortForOfForNoRequirement()
    {
        var reading = UnderstandingResources.Roles.Read("Oi, preciso de uma enfermeira pra Recife, UTI");

        Assert.Equal(["Recife"], reading.Places.Places.Select(p => p.Name));
        Assert.DoesNotContain(reading.Requirements, r => r.Subject is "pra" or "oi");
    }

    // "para" is "for" in Spanish and Portuguese, not the Brazilian state.
    [Fact]
    public void ThePrepositionParaIsNoPlace()
    {
        var reading = UnderstandingResources.Roles.Read("Cocinero para hotel en Sevilla. Imprescindible: inglés");

        Assert.Equal(["Seville"], reading.Places.Places.Select(p => p.Name));
    }

    [Theory]
    [InlineData("Koch für unser Hotel in Graz, Vollzeit, ab sofort")]
    [InlineData("Infirmière pour une clinique à Lille, temps plein")]
    [InlineData("Camarero para un restaurante en Málaga, jornada completa")]
    public void TheLittleWordsOfAnotherLanguageAreNoRequirements(string text)
    {
        var reading = UnderstandingResources.Roles.Read(text);

        Assert.NotNull(reading.Title);
        Assert.DoesNotContain(reading.Requirements, r => r.Subject is "für" or "fur" or "ab sofort" or "vollzeit" or "pour" or "une" or "temps plein" or "para" or "un" or "en" or "jornada completa");
    }

    // "and", "is" and "a" of Portuguese, Italian and French between languages are no part of them.
    [Theory]
    [InlineData("Rececionista em Faro, alemão e neerlandês obrigatórios, italiano é um plus", "german", QualificationKind.MustHave)]
    [InlineData("Rececionista em Faro, alemão e neerlandês obrigatórios, italiano é um plus", "italian", QualificationKind.NiceToHave)]
    [InlineData("Comptable à Sherbrooke, espagnol un atout", "spanish", QualificationKind.NiceToHave)]
    public void ALanguageBesideTheLittleWordsOfAnotherLanguageIsThatLanguage(string text, string language, QualificationKind kind)
    {
        var requirements = UnderstandingResources.Roles.Read(text).Requirements;

        Assert.Contains(requirements, r => r.Subject == language && r.Kind == kind);
        Assert.DoesNotContain(requirements, r => r.Subject.EndsWith(" e", StringComparison.Ordinal) || r.Subject.Contains('é', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Tester manualny w Gdańsku, 3 dni w biurze, Jira")]
    [InlineData("Analista em Braga, 2 dias no escritório, SQL")]
    [InlineData("Sachbearbeiter in Kassel, 2 Tage im Büro, SAP")]
    public void DaysInTheOfficeInAnotherLanguageAreHybridAndNoRequirement(string text)
    {
        var reading = UnderstandingResources.Roles.Read(text);

        Assert.Equal(RemotePolicy.Hybrid, reading.Places.Remote);
        Assert.DoesNotContain(reading.Requirements, r => r.Subject is "dni" or "biurze" or "dias" or "escritorio" or "tage" or "buro" or "büro");
    }

    // Hindi as typed in Latin letters and the verbs that move a requirement in Portuguese and Spanish are no requirements; a year in
    // the singular is years.
    [Theory]
    [InlineData("Hyderabad bhi chalega")]
    [InlineData("pode passar o alemão para nice to have")]
    [InlineData("puedes pasar el alemán a deseable")]
    public void TheWordsOfAnEditInAnotherLanguageAreNoRequirements(string text) =>
        Assert.DoesNotContain(UnderstandingResources.Roles.Read(text).Requirements, r => r.Subject is "bhi" or "chalega" or "bhi chalega" or "passar" or "pode passar" or "pasar" or "puedes pasar");

    [Theory]
    [InlineData("Rececionista em Faro, 1 ano de experiência", 1)]
    [InlineData("Camarero en Cádiz, 1 año de experiencia", 1)]
    public void AYearInTheSingularOfAnotherLanguageIsTheMinimum(string text, int years) =>
        Assert.Equal(years, UnderstandingResources.Roles.Read(text).Years);

    [Fact]
    public void AQuebecRegisteredNursesWordOfRegistrationIsNoRequirement() =>
        Assert.DoesNotContain(UnderstandingResources.Roles.Read("Infirmier autorisé pour un hôpital à Sherbrooke, soins intensifs").Requirements, r => r.Subject.StartsWith("autoris", StringComparison.Ordinal));

    [Fact]
    public void BrazilsMiddleLevelIsMid() =>
        Assert.Equal("mid", UnderstandingResources.Roles.Read("Desenvolvedor Python Pleno em Recife").Seniority);

    [Theory]
    [InlineData("Engelska krävs, tyska är meriterande", "english", QualificationKind.MustHave)]
    [InlineData("Engelska krävs, tyska är meriterande", "german", QualificationKind.NiceToHave)]
    [InlineData("norsk er en fordel", "norwegian", QualificationKind.NiceToHave)]
    // Czech and Turkish.
    [InlineData("němčina výhodou", "german", QualificationKind.NiceToHave)]
    [InlineData("İngilizce şart, Almanca tercih sebebi", "english", QualificationKind.MustHave)]
    [InlineData("İngilizce şart, Almanca tercih sebebi", "german", QualificationKind.NiceToHave)]
    public void ALanguageNamedInANordicCzechOrTurkishSentenceIsThatLanguage(string text, string language, QualificationKind kind) =>
        Assert.Contains(UnderstandingResources.Roles.Read(text).Requirements, r => r.Subject == language && r.Kind == kind);

    [Theory]
    [InlineData("alguien que hable alemán sería ideal", "german")]
    [InlineData("qui parle anglais serait un plus", "english")]
    [InlineData("portugués sería un plus", "portuguese")]
    public void ALanguageSpokenInAnotherLanguagesWordsIsThatLanguage(string text, string language) =>
        Assert.Equal(language, Assert.Single(UnderstandingResources.Roles.Read(text).Requirements).Subject);

    [Theory]
    [InlineData("Juriste à Lyon, titre CAPA obligatoire", "capa")]
    [InlineData("Contable en Valencia, título ACCA imprescindible", "acca")]
    public void WhatACredentialIsCalledInAnotherLanguageIsNotPartOfItsName(string text, string credential) =>
        Assert.Contains(credential, UnderstandingResources.Roles.Read(text).Requirements.Select(r => r.Subject));

    [Fact]
    public void ATranslatedTitleIsNotAmongTheFormsTheSearchUses() =>
        Assert.DoesNotContain("sviluppatore", UnderstandingResources.Titles.Variants("software engineer"));

    [Theory]
    [InlineData("Ciao! Cerco un sous chef a Firenze, HACCP, inglese fluente obbligatorio", "english", "haccp")]
    [InlineData("Logistikkoordinator in Hamburg, SAP TM, gute Englischkenntnisse", "english", "sap tm")]
    public void ALanguageNamedInAnotherLanguageIsTheLanguageAndItsCueWordsNoSkill(string text, string language, string skill)
    {
        var reading = UnderstandingResources.Roles.Read(text);

        Assert.Contains(reading.Requirements, r => r.Subject == language);
        Assert.Contains(reading.Requirements, r => r.Subject == skill);
        Assert.DoesNotContain(reading.Requirements, r => r.Subject is "fluentd" or "obbligatorio" or "gute englischkenntnisse");
    }

    [Theory]
    [InlineData("Buchhalter in Graz, Deutsch auf C1-Niveau, BMD", "german")]
    [InlineData("Vertriebsleiter in Köln, Englisch auf Muttersprachniveau", "english")]
    [InlineData("Comptable à Lyon, anglais niveau B2, SAP", "english")]
    public void ALanguageWithItsLevelInAnotherLanguageIsThatLanguage(string text, string language)
    {
        var requirements = UnderstandingResources.Roles.Read(text).Requirements.Select(r => r.Subject).ToList();

        Assert.Contains(language, requirements);
        Assert.DoesNotContain(requirements, r => r.Contains("niveau", StringComparison.Ordinal) || r.Contains(" auf", StringComparison.Ordinal));
    }
}
