using Hiring.Contracts.Talent;

namespace Hiring.Talent.Synthetic;

/// <summary>Where synthetic people live: fifty cities in twenty-odd countries, as "City|Region|CC".</summary>
public static class CityCatalog
{
    public static IReadOnlyList<Location> All { get; } =
    [
        .. new[]
        {
            "Berlin|Berlin|DE", "Munich|Bavaria|DE", "Hamburg|Hamburg|DE", "Frankfurt|Hesse|DE", "Cologne|North Rhine-Westphalia|DE",
            "Stuttgart|Baden-Württemberg|DE", "London|England|GB", "Manchester|England|GB", "Edinburgh|Scotland|GB", "Bristol|England|GB",
            "Amsterdam|North Holland|NL", "Rotterdam|South Holland|NL", "Utrecht|Utrecht|NL", "Paris|Île-de-France|FR", "Lyon|Auvergne-Rhône-Alpes|FR",
            "Toulouse|Occitanie|FR", "Madrid|Community of Madrid|ES", "Barcelona|Catalonia|ES", "Lisbon|Lisbon|PT", "Dublin|Leinster|IE",
            "Zurich|Zurich|CH", "Vienna|Vienna|AT", "Stockholm|Stockholm|SE", "Copenhagen|Capital Region|DK", "Warsaw|Masovia|PL",
            "Prague|Prague|CZ", "Milan|Lombardy|IT", "New York|NY|US", "San Francisco|CA|US", "Seattle|WA|US",
            "Austin|TX|US", "Boston|MA|US", "Chicago|IL|US", "Los Angeles|CA|US", "Denver|CO|US",
            "Toronto|ON|CA", "Vancouver|BC|CA", "Montreal|QC|CA", "Bangalore|Karnataka|IN", "Hyderabad|Telangana|IN",
            "Pune|Maharashtra|IN", "Mumbai|Maharashtra|IN", "Singapore||SG", "Sydney|NSW|AU", "Melbourne|VIC|AU",
            "Tel Aviv|Tel Aviv|IL", "Dubai|Dubai|AE", "São Paulo|SP|BR", "Mexico City|CDMX|MX", "Lagos|Lagos|NG",
            "Nairobi|Nairobi|KE",
        }.Select(Parse),
    ];

    private static Location Parse(string entry)
    {
        var parts = entry.Split('|');
        return new Location(parts[0], parts[1], parts[2]);
    }
}
