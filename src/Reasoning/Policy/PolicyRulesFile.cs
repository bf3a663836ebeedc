namespace Hiring.Reasoning.Policy;

/// <summary>
/// prompts/builtin/policy.yaml: per protected attribute, the patterns that refuse a qualification or a
/// preference in a message, the fragments patterns share, and the cues that make words a preference.
/// </summary>
public sealed class PolicyRulesFile
{
    public const string FileName = "policy.yaml";

    public string Version { get; set; } = "";

    /// <summary>Named pattern fragments, included in a pattern as %name%.</summary>
    public Dictionary<string, string> Fragments { get; set; } = [];

    /// <summary>What makes words in a message a preference; required by the message policy only.</summary>
    public PreferenceCuesEntry? Preferences { get; set; }

    public List<PolicyAttributeEntry> Attributes { get; set; } = [];

    /// <summary>Words the message policy also reads through a one-letter slip.</summary>
    public MisspelledEntry? Misspelled { get; set; }
}
