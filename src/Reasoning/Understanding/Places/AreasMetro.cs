namespace Hiring.Reasoning.Understanding.Places;

/// <summary>A metro area as written in areas.yaml: member cities by name, resolved when the gazetteer loads.</summary>
public sealed class AreasMetro
{
    public string Name { get; set; } = "";

    public string Country { get; set; } = "";

    public List<string> Aliases { get; set; } = [];

    public List<string> Cities { get; set; } = [];

    public double RadiusKm { get; set; } = 25;
}
