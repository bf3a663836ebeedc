namespace Hiring.Reasoning.Policy;

/// <summary>One rule of policy.yaml: a pattern that refuses, an optional pattern that lets the text through, and the wording to offer.</summary>
public sealed class PolicyRuleEntry
{
    public string Match { get; set; } = "";

    /// <summary>Lets the text through when it matches (the whole qualification; the sentence of a message).</summary>
    public string? Unless { get; set; }

    /// <summary>The rule applies only when this also matches somewhere in the text.</summary>
    public string? When { get; set; }

    /// <summary>Overrides the attribute's reason for this rule.</summary>
    public string? Reason { get; set; }

    /// <summary>A lawful way to ask; may name the match's groups as {group}.</summary>
    public string? Rewording { get; set; }

    /// <summary>Values for groups the text did not fill.</summary>
    public Dictionary<string, string> Defaults { get; set; } = [];

    /// <summary>Whether the rule checks qualifications (true unless said otherwise).</summary>
    public bool Qualification { get; set; } = true;

    /// <summary>How the rule reads a message: "preference" (only near a preference cue, the default), "always" or "never".</summary>
    public string Message { get; set; } = "preference";

    /// <summary>What the matched words become in the rest of a message (a noun such as "candidates"); removed when empty.</summary>
    public string? Neutral { get; set; }

    /// <summary>What a refusal takes out of a message: "term" (the words and their cues, the default) or "clause" (the clause they are in).</summary>
    public string Scope { get; set; } = "term";
}
