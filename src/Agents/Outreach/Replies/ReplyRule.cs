namespace Hiring.Agents.Outreach.Replies;

/// <summary>One rule of prompts/builtin/replies.yaml: a kind (snake case) and the patterns that mean it.</summary>
public sealed class ReplyRule
{
    public string Kind { get; set; } = "";

    public List<string> Patterns { get; set; } = [];
}
