namespace Hiring.Agents.Evaluation;

/// <summary>Whether a candidate may be shortlisted, and why not when they may not.</summary>
public sealed record GateDecision(bool Pass, string? Reason)
{
    public static GateDecision Passed { get; } = new(true, null);

    public static GateDecision Held(string reason) => new(false, reason);
}
