using Hiring.Agents.SubAgents;
using Hiring.Contracts.Planning;

namespace Hiring.Agents.Supervisor.Steps;

/// <summary>Input of decide-approval: the pending approvals decided and the verdict, or the question which one is meant.</summary>
[GenerateSerializer, Immutable, Alias("hiring.supervisor.decide-approval-input")]
public sealed record DecideApprovalInput(
    [property: Id(0)][StepValue(StepValueNames.Approvals)] string? Approvals = null,
    [property: Id(1)][StepValue(StepValueNames.Verdict)] string? Verdict = null,
    [property: Id(2)][StepValue(StepValueNames.Text)] string? Text = null);
