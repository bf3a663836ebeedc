using Hiring.Contracts.Planning;

namespace Hiring.Evals.Suites.Dialogue;

/// <summary>
/// How a conversation suite's recruiter works with the assistant (<see cref="DialogueConversation"/>): the
/// actions their approval policy lets it do without asking (everything else waits for the recruiter, who
/// may decide it in the chat), and the metric of a case whose every expectation held.
/// </summary>
/// <param name="Automatic">The actions approved without asking.</param>
/// <param name="CaseMetric">The suite's case metric (<c>dialogue_accuracy</c>).</param>
public sealed record ConversationPolicy(IReadOnlyList<ApprovalAction> Automatic, string CaseMetric)
{
    /// <summary>The dialogue suite's: qualification changes are applied at once; searches and the rest wait.</summary>
    public static ConversationPolicy Dialogue { get; } = new([ApprovalAction.ApplyQualificationChange], DialogueSuite.DialogueAccuracy);

    /// <summary>The approvals suite's: the product's default, where qualification changes and searches wait too.</summary>
    public static ConversationPolicy Approvals { get; } = new([], Suites.Approvals.ApprovalsSuite.ApprovalsAccuracy);
}
