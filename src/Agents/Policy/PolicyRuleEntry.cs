namespace Hiring.Agents.Policy;

/// <summary>One rule of policy.yaml: a pattern that refuses, an optional pattern that lets the text through, and the wording to offer.</summary>
public sealed class PolicyRuleEntry
{
    public string Match { get; set; } = "";

    public string? Unless { get; set; }

    /// <summary>Overrides the attribute's reason for this rule.</summary>
    public string? Reason { get; set; }

    /// <summary>A lawful way to ask; may name the match's groups as {group}.</summary>
    public string? Rewording { get; set; }

    /// <summary>Values for groups the text did not fill.</summary>
    public Dictionary<string, string> Defaults { get; set; } = [];
}
