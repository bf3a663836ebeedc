namespace Hiring.Reasoning.Policy;

/// <summary>What the policy found in a message, and the message without it.</summary>
/// <param name="Remaining">The message with every refused preference taken out (the whole message when nothing was found; empty when nothing lawful remains).</param>
/// <param name="Findings">The refused preferences, in the order they appear.</param>
public sealed record MessageScreening(string Remaining, IReadOnlyList<PolicyFinding> Findings)
{
    public bool Refused => Findings.Count > 0;
}
