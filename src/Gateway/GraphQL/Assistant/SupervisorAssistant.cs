using Hiring.Agents.Identity;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Supervisor;

namespace Hiring.Gateway.GraphQL.Assistant;

/// <summary>Forwards to the recruiter's supervisor grain, stamping the caller's tenant on every call.</summary>
public sealed class SupervisorAssistant(IRecruiterSupervisor supervisor, string tenant) : IRecruiterAssistant
{
    public Task<PostAck> Post(MessageEnvelope envelope) => Scoped().Post(envelope);

    public Task<IReadOnlyList<AssistantEvent>> EventsAfter(long sequence, int max) => Scoped().EventsAfter(sequence, max);

    public Task<IReadOnlyList<ApprovalRequest>> Approvals(bool pendingOnly) => Scoped().Approvals(pendingOnly);

    public Task<ApprovalRequest> Decide(string approvalId, ApprovalDecision decision) => Scoped().Decide(approvalId, decision);

    public Task<ApprovalPolicy> GetPolicy() => Scoped().GetPolicy();

    public Task<ApprovalPolicy> SetPolicy(ApprovalAction action, ApprovalMode mode) => Scoped().SetPolicy(action, mode);

    public Task<ConversationPage> Conversation(long? before, int max) => Scoped().Conversation(before, max);

    private IRecruiterSupervisor Scoped()
    {
        TenantContext.Set(tenant);
        return supervisor;
    }
}
