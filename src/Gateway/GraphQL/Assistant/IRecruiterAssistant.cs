using Hiring.Contracts.Planning;
using Hiring.Contracts.Supervisor;

namespace Hiring.Gateway.GraphQL.Assistant;

/// <summary>
/// What the schema asks of one recruiter's assistant. Production forwards to the supervisor grain;
/// tests fake it without a cluster (a second class implementing the grain interface is not allowed).
/// Refusals surface as <see cref="AssistantRefusalException"/>.
/// </summary>
public interface IRecruiterAssistant
{
    Task<PostAck> Post(MessageEnvelope envelope);

    Task<IReadOnlyList<AssistantEvent>> EventsAfter(long sequence, int max);

    Task<IReadOnlyList<ApprovalRequest>> Approvals(bool pendingOnly);

    Task<ApprovalRequest> Decide(string approvalId, ApprovalDecision decision);

    Task<ApprovalPolicy> GetPolicy();

    Task<ApprovalPolicy> SetPolicy(ApprovalAction action, ApprovalMode mode);

    Task<ConversationPage> Conversation(long? before, int max);
}
