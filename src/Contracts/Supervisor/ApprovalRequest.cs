using Hiring.Contracts.Planning;

namespace Hiring.Contracts.Supervisor;

/// <summary>A step that waits for the recruiter.</summary>
/// <param name="Id">The approval's id.</param>
/// <param name="PlanId">The plan that waits.</param>
/// <param name="StepIndex">The step that waits.</param>
/// <param name="Action">The policy action it falls under.</param>
/// <param name="Agent">The agent that would act.</param>
/// <param name="StepAction">The step's action name.</param>
/// <param name="Summary">What will happen if approved, in a sentence.</param>
/// <param name="Inputs">The step's inputs as they stand.</param>
/// <param name="CreatedAt">When it was requested.</param>
/// <param name="Status">Pending, approved or rejected.</param>
/// <param name="Decision">The decision, once made.</param>
/// <param name="ProjectId">The project the waiting plan works on, when it has one (null in approvals stored before it was kept).</param>
[GenerateSerializer, Immutable, Alias("hiring.supervisor.approval")]
public sealed record ApprovalRequest(
    [property: Id(0)] string Id,
    [property: Id(1)] string PlanId,
    [property: Id(2)] int StepIndex,
    [property: Id(3)] ApprovalAction Action,
    [property: Id(4)] AgentKind Agent,
    [property: Id(5)] string StepAction,
    [property: Id(6)] string Summary,
    [property: Id(7)] IReadOnlyDictionary<string, string> Inputs,
    [property: Id(8)] DateTimeOffset CreatedAt,
    [property: Id(9)] ApprovalStatus Status,
    [property: Id(10)] ApprovalDecision? Decision = null,
    [property: Id(11)] string? ProjectId = null);
