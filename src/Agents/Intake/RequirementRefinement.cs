using Hiring.Agents.Identity;
using Hiring.Agents.Intake.Faq;
using Hiring.Agents.Intake.Steps;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Agents.SubAgents;

namespace Hiring.Agents.Intake;

/// <summary>
/// refine-requirements: reads the change from the recruiter's words ("make Kubernetes a must-have",
/// "drop Kafka", "make it remote within the EU", "actually senior not mid"), proposes it to the
/// project and follows up with the approval of exactly what changes, spec included. What the words say of the job's terms
/// ("we pay 45-50k plus pension") is proposed as the FAQ's answer, which candidates may then be given.
/// </summary>
public sealed class RequirementRefinement(QualificationWording wording, IntakePhrases phrases, RequirementChangeReader changes, FaqDrafter faq, IIntakeGrains grains) : StepHandler<IntakeState, RefineRequirementsInput, ProjectOutput>
{
    public override string Action => PlanActions.RefineRequirements;

    public override async Task<StepResult<ProjectOutput>> RunAsync(StepContext<IntakeState> step, RefineRequirementsInput input, CancellationToken cancellationToken = default)
    {
        var tenant = GrainKeys.TenantOf(step.Recruiter);
        var projectId = QualificationDecision.ProjectId(step.ProjectId, input.Project);
        var project = grains.Project(tenant, projectId);
        var snapshot = await project.Snapshot();

        var read = changes.Read(input.Words, snapshot.Qualifications, snapshot.Spec);
        if (faq.Stated(input.Words) is { Count: > 0 } terms)
        {
            read = read with { Spec = read.Spec with { Faq = terms } };
        }

        var output = new ProjectOutput(projectId);
        if (read.IsEmpty)
        {
            return new StepResult<ProjectOutput>(phrases.Message("no_change"), output, ProjectId: projectId);
        }

        if (read.Proposed.Count > 0)
        {
            await project.Propose(read.Proposed);
        }

        var allowed = read.Proposed.Where(q => q.Policy.Allowed).Select(q => q.Id).ToList();
        var decision = new ApplyQualificationsInput(
            read.Proposed.ToDictionary(q => q.Id, wording.Describe, StringComparer.Ordinal),
            Approve: allowed.Count > 0 ? allowed : [ApplyQualificationsInput.None],
            Remove: read.Removed.Count > 0 ? [.. read.Removed.Select(q => q.Id)] : null,
            Spec: read.Spec.IsEmpty ? null : read.Spec);

        var list = read.Proposed.Select(q => $"{q.Id} {wording.Describe(q)}")
            .Concat(read.Removed.Select(q => $"remove {q.Id} {q.Text}"))
            .Concat(Describe(read.Spec)).ToList();
        var approval = FollowUpStep.For(AgentKind.Intake, PlanActions.ApplyQualifications, decision, needsApproval: true, ApprovalAction.ApplyQualificationChange, string.Join("; ", list));
        return new StepResult<ProjectOutput>(phrases.Message("proposed_change", ("list", string.Join("; ", list))), output, ProjectId: projectId, FollowUps: [approval]);
    }

    private IEnumerable<string> Describe(SpecChange change)
    {
        if (change.Title is { } title)
        {
            yield return phrases.Message("change_title", ("value", title));
        }

        if (change.Seniority is { } level)
        {
            yield return phrases.Message("change_seniority", ("value", level));
        }

        if (change.Places is { } places)
        {
            yield return places.Count == 0 ? phrases.Message("change_anywhere") : phrases.Message("change_place", ("value", string.Join(" or ", places)));
        }

        if (change.Remote is { } remote)
        {
            yield return phrases.Message("change_remote", ("value", remote.ToString().ToLowerInvariant()));
        }

        if (change.MinYears is { } years)
        {
            yield return phrases.Message("change_years", ("value", years));
        }

        foreach (var entry in change.Faq ?? [])
        {
            yield return phrases.Message("change_faq", ("question", entry.Question), ("answer", entry.Answer));
        }

        if (change.AnyLevel)
        {
            yield return phrases.Message("change_any_level");
        }

        if (change.AnyYears)
        {
            yield return phrases.Message("change_any_years");
        }

        if (change.RemoteWithin is { Count: > 0 } within)
        {
            yield return phrases.Message("change_remote_within", ("value", string.Join(" or ", within.Select(p => p.Name))));
        }
    }
}
