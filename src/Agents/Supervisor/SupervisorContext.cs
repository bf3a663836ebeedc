using Hiring.Agents.Supervisor.State;

namespace Hiring.Agents.Supervisor;

/// <summary>Everything a plan's steps need to know about the recruiter they run for.</summary>
public sealed record SupervisorContext(
    string Tenant,
    string RecruiterKey,
    SupervisorState State,
    ApprovalBook Approvals,
    EventLog Events,
    ConversationLog Conversation,
    Func<Task> Save)
{
    /// <summary>The recruiter's working project when a step names none ("{recruiter}.desk" until one is created).</summary>
    public string ProjectFor(PlanRun run) =>
        run.ProjectId ?? State.CurrentProjectId ?? $"{Identity.GrainKeys.IdOf(RecruiterKey)}.desk";
}
