namespace Hiring.Contracts.Projects;

/// <summary>What kind of place a job spec names.</summary>
[GenerateSerializer, Alias("hiring.projects.place-kind")]
public enum PlaceKind
{
    /// <summary>A city (GeoNames populated place).</summary>
    City = 0,

    /// <summary>A metro area of several cities ("Bay Area").</summary>
    Metro = 1,

    /// <summary>A first-level region of a country (a state or province).</summary>
    Region = 2,

    /// <summary>A whole country.</summary>
    Country = 3,

    /// <summary>A group of countries ("EU", "EMEA", "LATAM").</summary>
    Zone = 4,
}
