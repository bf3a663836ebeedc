using Hiring.Contracts.Planning;

namespace Hiring.Contracts.Supervisor;

/// <summary>A recruiter's approval policy: per action, ask or auto. Actions not listed are <see cref="ApprovalMode.Ask"/>.</summary>
/// <param name="Modes">The mode of each listed action.</param>
[GenerateSerializer, Immutable, Alias("hiring.supervisor.approval-policy")]
public sealed record ApprovalPolicy([property: Id(0)] IReadOnlyDictionary<ApprovalAction, ApprovalMode> Modes)
{
    /// <summary>Ask for everything.</summary>
    public static ApprovalPolicy Default { get; } = new(new Dictionary<ApprovalAction, ApprovalMode>());

    /// <summary>The mode for an action; <see cref="ApprovalAction.None"/> never asks.</summary>
    public ApprovalMode ModeFor(ApprovalAction action) =>
        action == ApprovalAction.None ? ApprovalMode.Auto : Modes.GetValueOrDefault(action, ApprovalMode.Ask);
}
