using Hiring.Reasoning.Policy;

namespace Hiring.Agents.Supervisor;

/// <summary>The payload of the Reply that tells the recruiter what the policy refused in their message.</summary>
/// <param name="Message">The message as the recruiter wrote it.</param>
/// <param name="ClientMessageId">The client's id of the message.</param>
/// <param name="Remaining">What goes on to be planned (empty when nothing lawful remains).</param>
/// <param name="Findings">Each refused preference: attribute, words, reason and lawful rewording.</param>
public sealed record PolicyRefusalPayload(string Message, string ClientMessageId, string Remaining, IReadOnlyList<PolicyFinding> Findings);
