using Hiring.Agents.Supervisor;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Reasoning;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Tests.Supervisor.Episodes;

/// <summary>The supervisor's records of a conversation about a project, as the event log holds them.</summary>
internal static class EpisodeRecords
{
    public static readonly DateTimeOffset Day = new(2026, 12, 4, 9, 0, 0, TimeSpan.Zero);

    public static EventDraft Created(string planId, PlanIntent intent, string message) =>
        new(AssistantEventKind.PlanCreated, "plan", planId, Payload: EventJson.Serialize(new PlanCreatedPayload(message, $"c-{planId}", Plan(intent))));

    public static EventDraft Decided(string planId, ApprovalAction action, ApprovalStatus status) =>
        new(AssistantEventKind.ApprovalDecided, $"{status}", planId, 1, EventJson.Serialize(new ApprovalRequest($"a-{planId}", planId, 1, action, AgentKind.Intake, "apply", "Approve the requirements", new Dictionary<string, string>(), Day, status)));

    public static Plan Plan(PlanIntent intent) =>
        new(intent, [], "summary", RequestSlots.Empty, 1, new Provenance(ReasoningEngine.BuiltIn, "builtin", "builtin/planner", "1", ModelTier.Reasoning));

    /// <summary>A senior backend role in Berlin, two approved requirements and one refused, and a pipeline: 5 sourced, 2 shortlisted, 1 contacted, a calibration batch of 3 and 1 archived.</summary>
    public static ProjectSnapshot Berlin(string projectId = "ana.p1")
    {
        var spec = new JobSpec("Senior Backend Engineer", "backend engineer", "senior", ["Berlin, DE"], RemotePolicy.OnSite, EmploymentType.FullTime, "", []);
        Qualification Skill(string id, string skill, bool approved = true, bool allowed = true) =>
            new(id, skill, QualificationKind.MustHave, 1, 1, approved, allowed ? PolicyVerdict.Ok : new PolicyVerdict(false, "age"), QualificationOrigin.Request, QualificationCategory.Skill, skill.ToLowerInvariant());
        PipelineEntry Entry(int i, PipelineStage stage) => new($"cand-{i}", stage, [], Why: "found by boolean");
        var stages = Enumerable.Repeat(PipelineStage.Sourced, 5).Concat(Enumerable.Repeat(PipelineStage.Shortlisted, 2)).Append(PipelineStage.Contacted)
            .Concat(Enumerable.Repeat(PipelineStage.Calibration, 3)).Append(PipelineStage.Archived);
        return new ProjectSnapshot(projectId, spec, [Skill("q1", "Go"), Skill("q2", "Kubernetes"), Skill("q3", "Digital natives", approved: false, allowed: false)], [.. stages.Select((s, i) => Entry(i, s))], "acme/ana", Day);
    }
}
