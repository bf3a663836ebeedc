namespace Hiring.Reasoning.Understanding.Places;

/// <summary>The shape of <c>prompts/builtin/vocabulary/places/areas.yaml</c> as YamlDotNet reads it.</summary>
public sealed class AreasDocument
{
    public int Version { get; set; } = 1;

    public List<AreasMetro> Metros { get; set; } = [];

    public List<AreasAlias> CityAliases { get; set; } = [];

    public List<AreasAlias> RegionAliases { get; set; } = [];

    public List<AreasZone> Zones { get; set; } = [];

    /// <summary>Cities meant by their name over a more populous namesake (only <c>City</c> and <c>Country</c> are read).</summary>
    public List<AreasAlias> WellKnown { get; set; } = [];
}
