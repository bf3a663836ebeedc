using System.Globalization;
using Hiring.Agents.Identity;
using Hiring.Agents.Reasoning.Planning;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;

namespace Hiring.Agents.Intake;

/// <summary>
/// refine-requirements: reads one change from the recruiter's words ("make Kubernetes a must-have",
/// "drop the degree requirement", "change the location to remote"), proposes it to the project and
/// follows up with the approval of exactly what changed.
/// </summary>
public sealed class RequirementRefinement(
    QualificationDrafter drafter,
    QualificationWording wording,
    IntakePhrases phrases,
    RequirementReader reader,
    SlotExtractor slots,
    IIntakeGrains grains)
{
    public async Task<StepOutcome> RunAsync(StepCommand command)
    {
        var tenant = GrainKeys.TenantOf(command.Recruiter);
        var projectId = QualificationDecision.ProjectId(command);
        var project = grains.Project(tenant, projectId);
        var current = (await project.Snapshot()).Qualifications;
        var text = IntakeInputs.RequestText(command.Inputs);

        var (proposed, removed) = Read(text, command.Slots, current);
        var outputs = new Dictionary<string, string> { [IntakeInputs.Project] = projectId };
        if (proposed.Count == 0 && removed.Count == 0)
        {
            return new StepOutcome(phrases.Message("no_change"), outputs, ProjectId: projectId);
        }

        if (proposed.Count > 0)
        {
            await project.Propose(proposed);
        }

        var inputs = proposed.ToDictionary(q => q.Id, wording.Describe, StringComparer.Ordinal);
        inputs[IntakeInputs.Approve] = string.Join(",", proposed.Where(q => q.Policy.Allowed).Select(q => q.Id)) is { Length: > 0 } ids ? ids : IntakeInputs.None;
        if (removed.Count > 0)
        {
            inputs[IntakeInputs.Remove] = string.Join(",", removed.Select(q => q.Id));
        }

        var changes = proposed.Select(q => $"{q.Id} {wording.Describe(q)}")
            .Concat(removed.Select(q => $"remove {q.Id} {q.Text}"));
        var approval = new PlanStep(AgentKind.Intake, PlanActions.ApplyQualifications, inputs, NeedsApproval: true, ApprovalAction.ApplyQualificationChange);
        return new StepOutcome(phrases.Message("proposed_change", ("list", string.Join("; ", changes))), outputs, ProjectId: projectId, FollowUps: [approval]);
    }

    /// <summary>The qualifications to propose (new or new versions) and those to remove.</summary>
    public (List<Qualification> Proposed, List<Qualification> Removed) Read(string text, RequestSlots planner, IReadOnlyList<Qualification> current)
    {
        var found = slots.Extract(text, PlanIntent.RefineRequirements);
        var targets = Targets(text, found, planner, current);
        var isRemoval = phrases.Says("remove", text);
        var nice = phrases.Says("nice", text);
        var must = !nice && phrases.Says("must", text);
        if (isRemoval)
        {
            return ([], targets);
        }

        var proposed = new List<Qualification>();
        if (phrases.Says("location", text) || (found.Locations.Count > 0 && targets.Count == 0 && reader.Skills(found).Count == 0))
        {
            var place = found.Locations.Count > 0 ? found.Locations[0] : null;
            if (place is not null)
            {
                var existing = current.FirstOrDefault(q => q.Category == QualificationCategory.Location);
                var wordingText = place == "remote" ? "Remote" : $"Based in {CultureInfo.InvariantCulture.TextInfo.ToTitleCase(place)}";
                var id = existing?.Id ?? QualificationDrafter.NextId(current);
                proposed.Add(drafter.Create(id, new DraftRequirement(wordingText, QualificationKind.MustHave, QualificationCategory.Location, place), QualificationOrigin.Recruiter, (existing?.Version ?? 0) + 1));
                return (proposed, []);
            }
        }

        var kind = nice ? QualificationKind.NiceToHave : QualificationKind.MustHave;
        foreach (var target in targets)
        {
            if (must || nice)
            {
                proposed.Add(target with { Kind = kind, Weight = QualificationDrafter.WeightOf(kind), Version = target.Version + 1, Approved = false });
            }
        }

        var all = current.ToList();
        foreach (var skill in reader.Skills(found).Concat(planner.Skills.Select(reader.CanonicalSkill)).Distinct(StringComparer.Ordinal))
        {
            if (targets.Any(t => t.Subject == skill))
            {
                continue;
            }

            var added = drafter.Create(QualificationDrafter.NextId(all), new DraftRequirement(reader.Display(skill, text), kind, QualificationCategory.Skill, skill, found.Years), QualificationOrigin.Recruiter);
            proposed.Add(added);
            all.Add(added);
        }

        if (proposed.Count == 0 && targets.Count == 0 && (must || nice))
        {
            proposed.Add(drafter.FromText(QualificationDrafter.NextId(all), text, kind, 1));
        }

        return (proposed, []);
    }

    /// <summary>Current qualifications the text is about: by skill, language, degree or place.</summary>
    private List<Qualification> Targets(string text, RequestSlots found, RequestSlots planner, IReadOnlyList<Qualification> current)
    {
        var skills = reader.Skills(found).Concat(planner.Skills.Select(reader.CanonicalSkill)).ToHashSet(StringComparer.Ordinal);
        var language = phrases.Language(text);
        var education = phrases.Education(text) is not null;
        return [.. current.Where(q =>
            (q.Category == QualificationCategory.Skill && q.Subject is not null && skills.Contains(q.Subject))
            || (q.Category == QualificationCategory.Language && q.Subject == language)
            || (education && q.Category == QualificationCategory.Education))];
    }
}
