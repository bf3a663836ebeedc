using Hiring.Contracts.Planning;

namespace Hiring.Reasoning.Planning;

/// <summary>Something that waits for the recruiter's approval, as the planners read a message against it ("approve the qualifications").</summary>
/// <param name="Id">The approval's id.</param>
/// <param name="Action">The policy action it falls under.</param>
/// <param name="StepAction">The action of the step that waits ("apply-qualifications", "send-message").</param>
/// <param name="Summary">What happens if it is approved, in a sentence.</param>
/// <param name="ProjectId">The project the waiting plan works on, when known.</param>
public sealed record PendingApproval(string Id, ApprovalAction Action, string StepAction, string Summary, string? ProjectId = null);
