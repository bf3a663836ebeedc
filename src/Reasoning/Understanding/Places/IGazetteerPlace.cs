using Hiring.Contracts.Projects;

namespace Hiring.Reasoning.Understanding.Places;

/// <summary>A place the gazetteer knows: a city, region, country, metro area or zone.</summary>
public interface IGazetteerPlace
{
    PlaceKind Kind { get; }

    /// <summary>The English display name.</summary>
    string Name { get; }

    /// <summary>People living there, as far as the gazetteer counts them (cities of 15,000 or more).</summary>
    long Population { get; }

    /// <summary>The place as job specs store it.</summary>
    Place ToPlace();
}
