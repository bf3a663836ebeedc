namespace Hiring.Agents.Talent.Search;

/// <summary>One title: its canonical form, equivalent titles, and the family it belongs to.</summary>
public sealed class TaxonomyTitle
{
    public string Name { get; set; } = "";

    public List<string> Aliases { get; set; } = [];

    public string Family { get; set; } = "";
}
