namespace Hiring.Reasoning.Policy;

/// <summary>prompts/builtin/policy-messages.yaml: what the recruiter is told when the policy takes part of a message out.</summary>
public sealed class PolicyMessagesFile
{
    public const string FileName = "policy-messages.yaml";

    public string Version { get; set; } = "";

    public Dictionary<string, string> Messages { get; set; } = [];

    /// <summary>Each protected attribute's name for the recruiter.</summary>
    public Dictionary<string, string> Attributes { get; set; } = [];
}
