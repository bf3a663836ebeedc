namespace Hiring.Reasoning.Understanding.Places;

/// <summary>Other names of a city or region in areas.yaml ("NYC" for New York, "Bayern" for Bavaria).</summary>
public sealed class AreasAlias
{
    public string City { get; set; } = "";

    public string Region { get; set; } = "";

    public string Country { get; set; } = "";

    public List<string> Aliases { get; set; } = [];
}
