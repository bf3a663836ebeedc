namespace Hiring.Contracts.Planning;

/// <summary>One step of a plan: a single call to one agent.</summary>
/// <param name="Agent">The agent that performs the step.</param>
/// <param name="Action">The action name, one of <see cref="PlanActions"/>.</param>
/// <param name="Inputs">Named inputs for the action (slot values, the recruiter's text, references).</param>
/// <param name="NeedsApproval">Whether the step falls under an approval-policy action; the supervisor's policy decides ask or auto.</param>
/// <param name="Approval">The approval-policy action, <see cref="ApprovalAction.None"/> when none applies.</param>
/// <param name="Summary">What the step will do in the recruiter's words ("based in United Kingdom"), shown with its approval; null: its inputs are listed.</param>
[GenerateSerializer, Immutable, Alias("hiring.planning.step")]
public sealed record PlanStep(
    [property: Id(0)] AgentKind Agent,
    [property: Id(1)] string Action,
    [property: Id(2)] IReadOnlyDictionary<string, string> Inputs,
    [property: Id(3)] bool NeedsApproval,
    [property: Id(4)] ApprovalAction Approval = ApprovalAction.None,
    [property: Id(5)] string? Summary = null);
