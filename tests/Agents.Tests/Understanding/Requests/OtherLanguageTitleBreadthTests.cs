using Hiring.Agents.Tests.Support;
using Hiring.Reasoning.Understanding.Requests;

namespace Hiring.Agents.Tests.Understanding.Requests;

/// <summary>
/// The occupations recruiters hire most, asked for in the other languages the engine reads: retail, kitchens and hotels, care and
/// health, driving and warehouses, trades, factories, offices, in a sentence as a recruiter writes it, each read as the English
/// title it translates (held-out misses first: "gerente de alimentos y bebidas", "fizjoterapeuty", Danish "souschef" and "bogholder").
/// </summary>
public sealed class OtherLanguageTitleBreadthTests
{
    [Theory]
    [InlineData("Buscamos gerente de alimentos y bebidas para un hotel de cinco estrellas en Cancún", "food and beverage manager")]
    [InlineData("Szukamy fizjoterapeuty do gabinetu w Krakowie, 2 lata doświadczenia", "physiotherapist")]
    [InlineData("Vi søger en souschef til vores restaurant i Aarhus", "sous chef")]
    [InlineData("Vi søger en bogholder på fuld tid i Odense", "bookkeeper")]
    [InlineData("Cerchiamo un addetto vendite per il nostro negozio di Torino", "retail sales associate")]
    [InlineData("Procuramos engenheiro civil para obra em Lisboa, 5 anos de experiência", "civil engineer")]
    [InlineData("Cerchiamo un tecnico help desk a Milano, inglese buono", "it support specialist")]
    [InlineData("Vi söker en undersköterska till ett äldreboende i Uppsala", "licensed practical nurse")]
    [InlineData("Buscamos analista fiscal para despacho en Madrid", "tax accountant")]
    [InlineData("Gemeente Utrecht zoekt een beleidsmedewerker sociaal domein", "policy analyst")]
    [InlineData("Wij zoeken een fysiotherapeut voor onze praktijk in Utrecht", "physiotherapist")]
    [InlineData("Wij zoeken een vrachtwagenchauffeur CE voor internationaal transport vanuit Venlo", "truck driver")]
    [InlineData("Buscamos un cocinero para un hotel en Málaga, 2 años", "cook")]
    [InlineData("Se busca camarera para terraza en Valencia, temporada de verano", "restaurant server")]
    [InlineData("Buscamos reponedor para supermercado en Zaragoza, turno de noche", "stock associate")]
    [InlineData("Se necesita albañil con experiencia para obra en Sevilla", "bricklayer")]
    [InlineData("Buscamos fontanero autónomo en Bilbao", "plumber")]
    [InlineData("Buscamos auxiliar administrativo para una gestoría en Murcia, 1 año", "administrative assistant")]
    [InlineData("Se busca mozo de almacén con carnet de carretillero en Getafe", "warehouse associate")]
    [InlineData("Nous recrutons un serveur pour une brasserie à Lyon, 2 ans d'expérience", "restaurant server")]
    [InlineData("On cherche une aide-soignante pour un EHPAD à Nantes", "caregiver")]
    [InlineData("Nous recherchons un plombier chauffagiste à Bordeaux", "plumber")]
    [InlineData("Recherche maçon qualifié pour chantier à Toulouse", "bricklayer")]
    [InlineData("Nous recrutons une assistante comptable à Lille", "bookkeeper")]
    [InlineData("Nous recherchons un boulanger pour une boulangerie artisanale à Dijon", "baker")]
    [InlineData("Wir suchen einen Maurer für Baustellen im Raum München", "bricklayer")]
    [InlineData("Wir suchen eine Pflegehelferin für ein Seniorenheim in Dresden", "caregiver")]
    [InlineData("Elektroniker (m/w/d) für Gebäudetechnik in Stuttgart gesucht", "electrician")]
    [InlineData("Wir suchen einen Berufskraftfahrer im Nahverkehr, Standort Hannover", "truck driver")]
    [InlineData("Friseurin in Teilzeit für unseren Salon in Nürnberg gesucht", "hairdresser")]
    [InlineData("Wir suchen eine Bäckerin für unsere Filiale in Münster", "baker")]
    [InlineData("Wij zoeken een kok voor ons restaurant in Amsterdam", "cook")]
    [InlineData("Vacature: schoonmaker voor kantoren in Rotterdam", "cleaner")]
    [InlineData("Wij zoeken een timmerman voor nieuwbouwprojecten in Zwolle", "carpenter")]
    [InlineData("Wij zoeken een doktersassistente voor een huisartsenpraktijk in Leiden", "medical assistant")]
    [InlineData("Cerchiamo camerieri per la stagione estiva a Rimini", "restaurant server")]
    [InlineData("Cerchiamo un muratore per cantieri a Bergamo", "bricklayer")]
    [InlineData("Cercasi parrucchiera con esperienza a Napoli", "hairdresser")]
    [InlineData("Cerchiamo un autista patente C per consegne a Verona", "truck driver")]
    [InlineData("Cerchiamo impiegata amministrativa per uno studio a Padova", "administrative assistant")]
    [InlineData("Procuramos cozinheiro para restaurante no Porto", "cook")]
    [InlineData("Precisamos de um pedreiro para obras em Braga", "bricklayer")]
    [InlineData("Contratamos operador de caixa para supermercado em Campinas", "cashier")]
    [InlineData("Procuramos auxiliar de limpeza para escritórios em Lisboa", "cleaner")]
    [InlineData("Estamos contratando motorista de caminhão em Goiânia", "truck driver")]
    [InlineData("Szukamy kucharza do restauracji w Gdańsku", "cook")]
    [InlineData("Zatrudnimy sprzedawcę do sklepu w Lublinie", "retail sales associate")]
    [InlineData("Szukamy murarza na budowę w Katowicach", "bricklayer")]
    [InlineData("Zatrudnimy opiekunkę osób starszych w Warszawie", "caregiver")]
    [InlineData("Szukamy elektryka do firmy instalacyjnej we Wrocławiu", "electrician")]
    [InlineData("Poszukujemy księgowej do biura rachunkowego w Poznaniu", "accountant")]
    [InlineData("Vi söker en säljare till vår butik i Malmö", "retail sales associate")]
    [InlineData("Vi söker en kock till en restaurang i Stockholm", "cook")]
    [InlineData("Vi söker en elektriker till ett installationsföretag i Göteborg", "electrician")]
    [InlineData("Vi söker en lastbilschaufför med C-körkort i Örebro", "truck driver")]
    [InlineData("Vi søger en tømrer til byggeprojekter i København", "carpenter")]
    [InlineData("Vi søger en sygeplejerske til hjemmeplejen i Aalborg", "registered nurse")]
    [InlineData("Vi søger en social- og sundhedsassistent til et plejecenter i Odense", "licensed practical nurse")]
    [InlineData("Vi søker en snekker til prosjekter i Bergen", "carpenter")]
    [InlineData("Vi søker en helsefagarbeider til sykehjem i Trondheim", "licensed practical nurse")]
    [InlineData("Vi søker en lastebilsjåfør i Oslo", "truck driver")]
    [InlineData("Vi søker en rørlegger i Stavanger", "plumber")]
    [InlineData("İstanbul'daki restoranımız için aşçı arıyoruz", "cook")]
    [InlineData("Ankara'daki otelimiz için garson arıyoruz", "restaurant server")]
    [InlineData("İzmir'deki fabrikamız için kaynakçı arıyoruz", "welder")]
    [InlineData("Bursa'da çalışacak elektrikçi arıyoruz", "electrician")]
    [InlineData("Antalya'daki hastanemiz için hemşire arıyoruz", "registered nurse")]
    [InlineData("İstanbul'daki mağazamız için satış danışmanı arıyoruz", "retail sales associate")]
    public void AnOccupationAskedForInAnotherLanguageIsTheTitleItTranslates(string text, string title)
    {
        var reading = UnderstandingResources.Roles.Read(text);

        Assert.Equal(title, reading.Title?.Canonical);
        Assert.Equal(TitleOrigin.Vocabulary, reading.Title?.Origin);
    }
}
