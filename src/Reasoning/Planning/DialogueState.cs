using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;

namespace Hiring.Reasoning.Planning;

/// <summary>
/// Where the conversation stands when a message arrives, the same for both planners: the project the
/// recruiter is working on, the question the assistant left open, the recruiter's other recent
/// projects (a message may go back to one of them), what their previous message was and what waits
/// for their approval (a message may approve or reject it).
/// </summary>
/// <param name="Project">The open project, or null when none.</param>
/// <param name="Question">The open question, or null when none.</param>
/// <param name="Others">The recruiter's other recent projects, most recent first.</param>
/// <param name="Last">What the recruiter's previous message was, when known: "scratch that" puts right what it said.</param>
/// <param name="Approvals">What waits for the recruiter's approval, oldest first.</param>
public sealed record DialogueState(OpenProject? Project, OpenQuestion? Question, IReadOnlyList<OpenProject>? Others = null, PlanIntent? Last = null, IReadOnlyList<PendingApproval>? Approvals = null)
{
    public static DialogueState None { get; } = new(null, null);

    /// <summary>The recruiter's other recent projects, most recent first (none when not given).</summary>
    public IReadOnlyList<OpenProject> Recent => Others ?? [];

    /// <summary>The open project, then the recent ones.</summary>
    public IEnumerable<OpenProject> Projects => Project is null ? Recent : Recent.Prepend(Project);

    /// <summary>What waits for the recruiter's approval (none when not given).</summary>
    public IReadOnlyList<PendingApproval> Waiting => Approvals ?? [];
}
