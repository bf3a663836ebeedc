using Hiring.Agents.Identity;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Agents.SubAgents;

namespace Hiring.Agents.Intake;

/// <summary>
/// refine-requirements: reads the change from the recruiter's words ("make Kubernetes a must-have",
/// "drop Kafka", "make it remote within the EU", "actually senior not mid"), proposes it to the
/// project and follows up with the approval of exactly what changes, spec included.
/// </summary>
public sealed class RequirementRefinement(QualificationWording wording, IntakePhrases phrases, RequirementChangeReader changes, IIntakeGrains grains) : IStepHandler<IntakeState>
{
    public string Action => PlanActions.RefineRequirements;

    Task<StepOutcome> IStepHandler<IntakeState>.RunAsync(StepContext<IntakeState> step, CancellationToken cancellationToken) =>
        RunAsync(step.Command);

    public async Task<StepOutcome> RunAsync(StepCommand command)
    {
        var tenant = GrainKeys.TenantOf(command.Recruiter);
        var projectId = QualificationDecision.ProjectId(command);
        var project = grains.Project(tenant, projectId);
        var snapshot = await project.Snapshot();
        var text = IntakeInputs.RequestText(command.Inputs);

        var read = changes.Read(text, snapshot.Qualifications, snapshot.Spec);
        var outputs = new Dictionary<string, string> { [IntakeInputs.Project] = projectId };
        if (read.IsEmpty)
        {
            return new StepOutcome(phrases.Message("no_change"), outputs, ProjectId: projectId);
        }

        if (read.Proposed.Count > 0)
        {
            await project.Propose(read.Proposed);
        }

        var inputs = read.Proposed.ToDictionary(q => q.Id, wording.Describe, StringComparer.Ordinal);
        inputs[IntakeInputs.Approve] = string.Join(",", read.Proposed.Where(q => q.Policy.Allowed).Select(q => q.Id)) is { Length: > 0 } ids ? ids : IntakeInputs.None;
        if (read.Removed.Count > 0)
        {
            inputs[IntakeInputs.Remove] = string.Join(",", read.Removed.Select(q => q.Id));
        }

        if (!read.Spec.IsEmpty)
        {
            inputs[IntakeInputs.Spec] = read.Spec.ToJson();
        }

        var list = read.Proposed.Select(q => $"{q.Id} {wording.Describe(q)}")
            .Concat(read.Removed.Select(q => $"remove {q.Id} {q.Text}"))
            .Concat(Describe(read.Spec));
        var approval = new PlanStep(AgentKind.Intake, PlanActions.ApplyQualifications, inputs, NeedsApproval: true, ApprovalAction.ApplyQualificationChange);
        return new StepOutcome(phrases.Message("proposed_change", ("list", string.Join("; ", list))), outputs, ProjectId: projectId, FollowUps: [approval]);
    }

    private IEnumerable<string> Describe(SpecChange change)
    {
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
