namespace Hiring.Agents.Talent.Search;

/// <summary>The shape of <c>prompts/builtin/taxonomy.yaml</c> as YamlDotNet reads it.</summary>
public sealed class TaxonomyDocument
{
    public int Version { get; set; } = 1;

    public List<TaxonomySkill> Skills { get; set; } = [];

    public List<TaxonomyTitle> Titles { get; set; } = [];
}
