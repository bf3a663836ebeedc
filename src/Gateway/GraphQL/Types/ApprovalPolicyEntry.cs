using Hiring.Contracts.Planning;
using Hiring.Contracts.Supervisor;

namespace Hiring.Gateway.GraphQL.Types;

/// <summary>The effective mode of one action, defaults included, so a client sees the whole policy.</summary>
public sealed record ApprovalPolicyEntry(ApprovalAction Action, ApprovalMode Mode)
{
    public static IEnumerable<ApprovalPolicyEntry> Of(ApprovalPolicy policy) =>
        Enum.GetValues<ApprovalAction>().Where(a => a != ApprovalAction.None).Select(a => new ApprovalPolicyEntry(a, policy.ModeFor(a)));
}
