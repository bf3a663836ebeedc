using Hiring.Agents.Identity;
using Hiring.Agents.Intake.Steps;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;
using Hiring.Agents.SubAgents;

namespace Hiring.Agents.Intake;

/// <summary>
/// apply-qualifications: reads the recruiter's decision (<see cref="ApplyQualificationsInput"/>), applies it to the project and, once something is approved, follows up
/// with the sourcing calibration batch.
/// </summary>
public sealed class QualificationDecision(QualificationDrafter drafter, QualificationWording wording, IntakePhrases phrases, IIntakeGrains grains) : StepHandler<IntakeState, ApplyQualificationsInput, ProjectOutput>
{
    public override string Action => PlanActions.ApplyQualifications;

    public override async Task<StepResult<ProjectOutput>> RunAsync(StepContext<IntakeState> step, ApplyQualificationsInput input, CancellationToken cancellationToken = default)
    {
        var tenant = GrainKeys.TenantOf(step.Recruiter);
        var projectId = ProjectId(step.ProjectId, input.Project);
        var project = grains.Project(tenant, projectId);
        var current = (await project.Snapshot()).Qualifications.ToDictionary(q => q.Id, StringComparer.Ordinal);

        var wordings = input.Listed ?? new Dictionary<string, string>();
        var listed = wordings.Keys.Where(current.ContainsKey).ToList();

        // A refinement of a project already sourcing does not restart calibration; the first approval does.
        var refinement = current.Values.Any(q => q.Approved);
        if (listed.Count == 0)
        {
            listed = [.. current.Values.Where(q => !q.Approved).Select(q => q.Id)];
        }

        var removed = (input.Remove ?? []).Where(current.ContainsKey).ToList();
        var edits = new List<Qualification>();
        foreach (var id in listed.Except(removed))
        {
            var q = current[id];
            if (wordings.GetValueOrDefault(id) is { Length: > 0 } text && text.Trim() != wording.Describe(q) && text.Trim() != q.Text)
            {
                edits.Add(drafter.FromText(id, text.Trim(), q.Kind, q.Version + 1) with { Approved = true });
            }
        }

        var all = current.Values.Concat(edits).ToList();
        foreach (var text in input.Add ?? [])
        {
            var added = drafter.FromText(QualificationDrafter.NextId(all), text, QualificationKind.MustHave, 1) with { Approved = true };
            edits.Add(added);
            all.Add(added);
        }

        edits = [.. edits.Select(e => e.Policy.Allowed ? e : e with { Approved = false })];
        var approve = Approved(input.Approve, listed)
            .Except(removed)
            .Except(edits.Select(e => e.Id))
            .Where(id => current[id].Policy.Allowed)
            .ToList();

        var result = await project.Decide(new QualificationChange(approve, removed, edits));
        var specChange = input.Spec;
        if (specChange is { IsEmpty: false } && await project.Snapshot() is { Spec: { } spec } snapshot)
        {
            var changed = specChange.Apply(spec);
            await project.UpdateSpec(changed);
            // The recruiter's list of projects and intake's past projects show the role as it now is ("Sous Chef", not "Cook").
            await grains.History(tenant).RecordProject(projectId, snapshot.Owner ?? step.Recruiter, changed);
        }

        // A request that named nothing beyond the title, place and level is searched on those once approved.
        // What this decision approved (a refinement's reply lists no qualification approved before it).
        var decided = approve.Concat(edits.Select(e => e.Id)).ToHashSet(StringComparer.Ordinal);
        var approved = result.Where(q => q.Approved && decided.Contains(q.Id)).ToList();
        var onRoleAlone = result.Count == 0 && !refinement;
        var changedOtherwise = removed.Count > 0 || specChange is { IsEmpty: false };
        var summary = approved.Count > 0 ? phrases.Message("applied", ("count", QualificationWording.Count(approved.Count)), ("list", wording.List(approved)))
            : onRoleAlone ? phrases.Message("role_alone")
            : refinement && changedOtherwise ? string.Empty
            : phrases.Message("nothing_approved");
        if (removed.Count > 0)
        {
            summary += phrases.Message("removed", ("list", string.Join(", ", removed)));
        }

        if (specChange is { IsEmpty: false })
        {
            summary += phrases.Message("spec_changed");
        }

        var refused = result.Where(q => !q.Policy.Allowed).Select(wording.Refused).ToList();
        if (refused.Count > 0)
        {
            summary += " " + string.Join(" ", refused);
        }

        IReadOnlyList<PlanStep>? next = (approved.Count > 0 || onRoleAlone) && !refinement
            ? [FollowUpStep.For(AgentKind.Sourcing, PlanActions.Calibrate, new Sourcing.Steps.CalibrateInput())]
            : null;
        return new StepResult<ProjectOutput>(summary.Trim(), new ProjectOutput(projectId), ProjectId: projectId, FollowUps: next);
    }

    /// <summary>The command's project, else the one the step's values name.</summary>
    internal static string ProjectId(string? commanded, string? named) =>
        commanded is { Length: > 0 } id ? id
        : named is { Length: > 0 } input ? input
        : throw new AssistantRefusalException(RefusalCodes.Invalid, "Which project? No project is selected.");

    private static IEnumerable<string> Approved(IReadOnlyList<string>? ids, List<string> listed) => ids switch
    {
        null or [] or [ApplyQualificationsInput.All] => listed,
        [ApplyQualificationsInput.None] => [],
        _ => ids.Where(listed.Contains),
    };
}
