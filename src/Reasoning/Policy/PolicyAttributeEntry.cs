namespace Hiring.Reasoning.Policy;

/// <summary>One protected attribute of policy.yaml: its name, the default reason and its rules.</summary>
public sealed class PolicyAttributeEntry
{
    public string Attribute { get; set; } = "";

    public string Reason { get; set; } = "";

    public List<PolicyRuleEntry> Rules { get; set; } = [];
}
