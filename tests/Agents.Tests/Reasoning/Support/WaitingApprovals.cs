using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Reasoning.Planning;
using Hiring.Reasoning.Tasks;

namespace Hiring.Agents.Tests.Reasoning.Support;

/// <summary>An open backend role in Berlin (Go a must, Kubernetes nice) and what may wait on it: shared by the tests of verdicts said in chat.</summary>
internal static class WaitingApprovals
{
    public static readonly OpenProject Backend = new(
        "be-berlin", new JobSpec("Backend Engineer", "backend engineer", "", ["Berlin, DE"], RemotePolicy.Unspecified, EmploymentType.FullTime, "", []), ["go"], ["kubernetes"]);

    public static readonly PendingApproval Qualifications = new("p1-s1", ApprovalAction.ApplyQualificationChange, PlanActions.ApplyQualifications, "Intake will apply qualifications: Go; Kubernetes", "be-berlin");

    public static readonly PendingApproval Search = new("p2-s1", ApprovalAction.StartSourcing, PlanActions.Search, "Sourcing will search: backend engineer in Berlin", "be-berlin");

    /// <summary>A paralegal role in Cork, asked for as a litigation paralegal, seen earlier in the conversation, whose search waits.</summary>
    public static readonly OpenProject Paralegal = new(
        "paralegal-cork", new JobSpec("Paralegal", "paralegal", "", ["Cork, IE"], RemotePolicy.Unspecified, EmploymentType.FullTime, "litigation paralegal for the Cork office", []), [], []);

    public static readonly PendingApproval ParalegalSearch = new("p3-s1", ApprovalAction.StartSourcing, PlanActions.Search, "Sourcing will search: paralegal in Cork", "paralegal-cork");

    /// <summary>The plan for a message said while the backend role is open, the paralegal one was seen before it, and <paramref name="waiting"/> waits.</summary>
    public static Task<Plan> PlanBesideParalegalAsync(string message, params PendingApproval[] waiting) =>
        TestResources.Planner.RunAsync(new PlanRequest(message, Dialogue: new DialogueState(Backend, null, [Paralegal], Approvals: waiting)), ReasoningContext.None);

    /// <summary>The plan for a message said while the backend role is open and <paramref name="waiting"/> waits on it.</summary>
    public static Task<Plan> PlanAsync(string message, params PendingApproval[] waiting) =>
        TestResources.Planner.RunAsync(new PlanRequest(message, Dialogue: new DialogueState(Backend, null, Approvals: waiting)), ReasoningContext.None);

    /// <summary>What a plan decides: each decide step's approvals and verdict.</summary>
    public static List<(string Approvals, string Verdict)> Decided(Plan plan) =>
        [.. plan.Steps.Where(s => s.Action == PlanActions.DecideApproval).Select(s => (s.Inputs[StepValueNames.Approvals], s.Inputs[StepValueNames.Verdict]))];
}
