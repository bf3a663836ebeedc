namespace Hiring.Agents.Talent.Search;

/// <summary>One skill: the canonical name the index stores, the forms that mean the same, and its neighbours.</summary>
public sealed class TaxonomySkill
{
    public string Name { get; set; } = "";

    public List<string> Aliases { get; set; } = [];

    public List<string> Related { get; set; } = [];
}
