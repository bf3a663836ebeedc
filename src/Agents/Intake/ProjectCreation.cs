using System.Globalization;
using System.Text.Json;
using Hiring.Agents.Identity;
using Hiring.Agents.Reasoning.Tasks;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Intake;

/// <summary>
/// create-project: reads the spec and requirements, fills missing essentials from the recruiter's
/// similar past projects (and says so) or asks for them, adds market and past-hire suggestions,
/// creates the project with every qualification unapproved, and follows up with their approval.
/// </summary>
public sealed class ProjectCreation(
    IReasoningTask<IntakeRequest, JobDraft> extract,
    QualificationDrafter drafter,
    QualificationWording wording,
    IntakePhrases phrases,
    IMarketSkills market,
    IIntakeGrains grains)
{
    private const int SimilarProjects = 5;

    public async Task<StepOutcome> RunAsync(StepCommand command, CancellationToken cancellationToken = default)
    {
        var tenant = GrainKeys.TenantOf(command.Recruiter);
        var projectId = command.ProjectId is { Length: > 0 } id ? id : throw new AssistantRefusalException(RefusalCodes.Invalid, "A new project needs a project id.");
        var text = IntakeInputs.RequestText(command.Inputs);
        var context = new ReasoningContext(tenant, command.Recruiter, GrainKeys.Project(tenant, projectId));
        var draft = await extract.RunAsync(new IntakeRequest(text, command.Slots), context, cancellationToken);

        var history = grains.History(tenant);
        var (filled, note) = await FillFromPastProjectsAsync(draft, history, command.Recruiter);
        var missing = Missing(filled);
        if (missing.Count > 0)
        {
            var question = phrases.Message("ask", ("missing", JoinWords(missing)));
            return new StepOutcome(question, new Dictionary<string, string>(), Question: question);
        }

        var suggestions = market.TopSkills(filled.NormalizedTitle, filled.Locations.Count > 0 ? filled.Locations[0] : null, tenant);
        var pastHires = await history.PastHireSkills(filled.NormalizedTitle);
        var proposed = drafter.Propose(filled, suggestions, pastHires);
        var spec = filled.ToSpec();
        await grains.Project(tenant, projectId).Create(command.Recruiter, spec, proposed);
        await history.RecordProject(projectId, command.Recruiter, spec);

        var created = phrases.Message("created", ("role", Role(spec)), ("count", proposed.Count), ("list", wording.List(proposed)));
        var approval = new PlanStep(
            AgentKind.Intake,
            PlanActions.ApplyQualifications,
            proposed.ToDictionary(q => q.Id, wording.Describe, StringComparer.Ordinal),
            NeedsApproval: true,
            ApprovalAction.ApplyQualificationChange);
        return new StepOutcome(
            note is null ? created : $"{note} {created}",
            new Dictionary<string, string> { [IntakeInputs.Project] = projectId },
            Payload(filled, proposed),
            projectId,
            [approval]);
    }

    private async Task<(JobDraft Draft, string? Note)> FillFromPastProjectsAsync(JobDraft draft, IIntakeHistory history, string recruiter)
    {
        var needsPlace = draft.Locations.Count == 0 && draft.Remote != RemotePolicy.Remote;
        var needsSeniority = draft.Seniority.Length == 0;
        if (draft.NormalizedTitle.Length == 0 || !(needsPlace || needsSeniority))
        {
            return (draft, null);
        }

        var similar = await history.SimilarProjects(draft.NormalizedTitle, SimilarProjects);
        var past = similar.FirstOrDefault(p => p.Owner == recruiter
            && ((needsPlace && (p.Spec.Locations.Count > 0 || p.Spec.Remote == RemotePolicy.Remote)) || (needsSeniority && p.Spec.Seniority.Length > 0)));
        if (past is null)
        {
            return (draft, null);
        }

        var used = new List<string>();
        if (needsPlace && (past.Spec.Locations.Count > 0 || past.Spec.Remote == RemotePolicy.Remote))
        {
            draft = draft with { Locations = past.Spec.Locations, Remote = past.Spec.Remote };
            used.Add(past.Spec.Locations.Count > 0 ? string.Join(" or ", past.Spec.Locations) : "remote");
        }

        if (needsSeniority && past.Spec.Seniority.Length > 0)
        {
            draft = draft with { Seniority = past.Spec.Seniority, Title = $"{CultureInfo.InvariantCulture.TextInfo.ToTitleCase(past.Spec.Seniority)} {draft.Title}".Trim() };
            used.Add(past.Spec.Seniority);
        }

        var note = phrases.Message(
            "filled",
            ("values", string.Join(" and ", used)),
            ("project", past.Spec.Title),
            ("month", past.RecordedAt.ToString("MMMM", CultureInfo.InvariantCulture)));
        return (draft, note);
    }

    private List<string> Missing(JobDraft draft)
    {
        var missing = new List<string>();
        if (draft.Title.Length == 0 || draft.NormalizedTitle.Length == 0)
        {
            missing.Add(phrases.Message("missing_title"));
        }

        if (draft.Locations.Count == 0 && draft.Remote != RemotePolicy.Remote)
        {
            missing.Add(phrases.Message("missing_location"));
        }

        if (draft.Seniority.Length == 0)
        {
            missing.Add(phrases.Message("missing_seniority"));
        }

        return missing;
    }

    private static string Role(JobSpec spec)
    {
        var where = spec.Locations.Count > 0 ? string.Join(" or ", spec.Locations) : spec.Remote == RemotePolicy.Remote ? "remote" : "";
        return where.Length > 0 ? $"{spec.Title} ({where})" : spec.Title;
    }

    private static string JoinWords(List<string> parts) =>
        parts.Count == 1 ? parts[0] : $"{string.Join(", ", parts[..^1])} and {parts[^1]}";

    private static string Payload(JobDraft draft, IReadOnlyList<Qualification> proposed) => JsonSerializer.Serialize(new
    {
        source = draft.Source.ToString(),
        engine = draft.Provenance.Engine.ToString(),
        model = draft.Provenance.Model,
        prompt = draft.Provenance.PromptName,
        promptVersion = draft.Provenance.PromptVersion,
        fallback = draft.Provenance.FallbackReason?.ToString(),
        qualifications = proposed.Select(q => new { q.Id, q.Text, kind = q.Kind.ToString(), origin = q.Origin.ToString(), allowed = q.Policy.Allowed }),
    });
}
