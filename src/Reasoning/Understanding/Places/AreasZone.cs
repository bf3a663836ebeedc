namespace Hiring.Reasoning.Understanding.Places;

/// <summary>A zone as written in areas.yaml: a name, aliases and member countries.</summary>
public sealed class AreasZone
{
    public string Name { get; set; } = "";

    public List<string> Aliases { get; set; } = [];

    public List<string> Countries { get; set; } = [];
}
