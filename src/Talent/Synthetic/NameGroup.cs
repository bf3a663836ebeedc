namespace Hiring.Talent.Synthetic;

/// <summary>A cultural group of names and the Bogus locale that supplies them.</summary>
public sealed record NameGroup(string Label, string Locale)
{
    /// <summary>Groups whose names are written in Latin script, so search and masking treat them alike.</summary>
    public static IReadOnlyList<NameGroup> All { get; } =
    [
        new("anglo", "en_US"), new("german", "de"), new("french", "fr"), new("hispanic", "es_MX"),
        new("south-asian", "en_IND"), new("west-african", "en_NG"), new("turkish", "tr"), new("polish", "pl"),
        new("vietnamese", "vi"), new("italian", "it"),
    ];
}
