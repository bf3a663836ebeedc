using Hiring.Agents.Identity;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;
using Hiring.Agents.SubAgents;

namespace Hiring.Agents.Intake;

/// <summary>
/// apply-qualifications: reads the recruiter's decision from the step's inputs (the convention of
/// <see cref="IntakeInputs"/>), applies it to the project and, once something is approved, follows up
/// with the sourcing calibration batch.
/// </summary>
public sealed class QualificationDecision(QualificationDrafter drafter, QualificationWording wording, IntakePhrases phrases, IIntakeGrains grains) : IStepHandler<IntakeState>
{
    public string Action => PlanActions.ApplyQualifications;

    Task<StepOutcome> IStepHandler<IntakeState>.RunAsync(StepContext<IntakeState> step, CancellationToken cancellationToken) =>
        RunAsync(step.Command);

    public async Task<StepOutcome> RunAsync(StepCommand command)
    {
        var tenant = GrainKeys.TenantOf(command.Recruiter);
        var projectId = ProjectId(command);
        var project = grains.Project(tenant, projectId);
        var current = (await project.Snapshot()).Qualifications.ToDictionary(q => q.Id, StringComparer.Ordinal);

        var listed = command.Inputs.Keys.Where(IntakeInputs.IsQualificationId).Where(current.ContainsKey).ToList();

        // A refinement of a project already sourcing does not restart calibration; the first approval does.
        var refinement = current.Values.Any(q => q.Approved);
        if (listed.Count == 0)
        {
            listed = [.. current.Values.Where(q => !q.Approved).Select(q => q.Id)];
        }

        var removed = IntakeInputs.Ids(command.Inputs.GetValueOrDefault(IntakeInputs.Remove)).Where(current.ContainsKey).ToList();
        var edits = new List<Qualification>();
        foreach (var id in listed.Except(removed))
        {
            var q = current[id];
            if (command.Inputs.GetValueOrDefault(id) is { Length: > 0 } text && text.Trim() != wording.Describe(q) && text.Trim() != q.Text)
            {
                edits.Add(drafter.FromText(id, text.Trim(), q.Kind, q.Version + 1) with { Approved = true });
            }
        }

        var all = current.Values.Concat(edits).ToList();
        foreach (var text in (command.Inputs.GetValueOrDefault(IntakeInputs.Add) ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var added = drafter.FromText(QualificationDrafter.NextId(all), text, QualificationKind.MustHave, 1) with { Approved = true };
            edits.Add(added);
            all.Add(added);
        }

        edits = [.. edits.Select(e => e.Policy.Allowed ? e : e with { Approved = false })];
        var approve = Approved(command.Inputs.GetValueOrDefault(IntakeInputs.Approve), listed)
            .Except(removed)
            .Except(edits.Select(e => e.Id))
            .Where(id => current[id].Policy.Allowed)
            .ToList();

        var result = await project.Decide(new QualificationChange(approve, removed, edits));
        var specChange = SpecChange.FromJson(command.Inputs.GetValueOrDefault(IntakeInputs.Spec));
        if (specChange is { IsEmpty: false } && (await project.Snapshot()).Spec is { } spec)
        {
            await project.UpdateSpec(specChange.Apply(spec));
        }

        // A request that named nothing beyond the title, place and level is searched on those once approved.
        var approved = result.Where(q => q.Approved).ToList();
        var onRoleAlone = result.Count == 0 && !refinement;
        var summary = approved.Count > 0 ? phrases.Message("applied", ("count", approved.Count), ("list", wording.List(approved)))
            : onRoleAlone ? phrases.Message("role_alone")
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
            ? [new PlanStep(AgentKind.Sourcing, PlanActions.Calibrate, new Dictionary<string, string> { [IntakeInputs.Project] = projectId }, NeedsApproval: false)]
            : null;
        return new StepOutcome(summary, new Dictionary<string, string> { [IntakeInputs.Project] = projectId }, ProjectId: projectId, FollowUps: next);
    }

    internal static string ProjectId(StepCommand command) =>
        command.ProjectId is { Length: > 0 } id ? id
        : command.Inputs.GetValueOrDefault(IntakeInputs.Project) is { Length: > 0 } input ? input
        : throw new AssistantRefusalException(RefusalCodes.Invalid, "Which project? No project is selected.");

    private static IEnumerable<string> Approved(string? value, List<string> listed) =>
        string.IsNullOrWhiteSpace(value) || string.Equals(value.Trim(), IntakeInputs.All, StringComparison.OrdinalIgnoreCase) ? listed
        : string.Equals(value.Trim(), IntakeInputs.None, StringComparison.OrdinalIgnoreCase) ? []
        : IntakeInputs.Ids(value).Where(listed.Contains);
}
