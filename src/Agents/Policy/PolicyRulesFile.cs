namespace Hiring.Agents.Policy;

/// <summary>prompts/builtin/policy.yaml: per protected attribute, the patterns that refuse a qualification.</summary>
public sealed class PolicyRulesFile
{
    public const string FileName = "policy.yaml";

    public string Version { get; set; } = "";

    public List<PolicyAttributeEntry> Attributes { get; set; } = [];
}
