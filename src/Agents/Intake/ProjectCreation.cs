using System.Globalization;
using System.Text.Json;
using Hiring.Agents.Identity;
using Hiring.Agents.Intake.Steps;
using Hiring.Agents.SubAgents;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;
using Hiring.Reasoning.Tasks;

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
    IIntakeGrains grains) : StepHandler<IntakeState, CreateProjectInput, ProjectOutput>
{
    public override string Action => PlanActions.CreateProject;

    private const int SimilarProjects = 5;

    // The most of the recruiter's memories a new project's summary recalls.
    private const int RememberedShown = 3;

    // A memory sharing a word of the role's title or place with it (not merely alike) bears on the role.
    private const double RememberedRelevance = 0.6;

    // The recruiter's projects whose countries decide among cities of one name, found among the tenant's latest.
    private const int LatestProjects = 3;
    private const int LatestProjectsScanned = 50;

    public override async Task<StepResult<ProjectOutput>> RunAsync(StepContext<IntakeState> step, CreateProjectInput input, CancellationToken cancellationToken = default)
    {
        var recruiter = step.Recruiter;
        var tenant = GrainKeys.TenantOf(recruiter);
        var projectId = step.ProjectId is { Length: > 0 } id ? id : throw new AssistantRefusalException(RefusalCodes.Invalid, "A new project needs a project id.");
        var text = input.Words;
        var answer = input.Answer;
        var context = new ReasoningContext(tenant, recruiter, GrainKeys.Project(tenant, projectId));
        var history = grains.History(tenant);
        var near = await LatestCountriesAsync(history, recruiter);
        var draft = await extract.RunAsync(new IntakeRequest(text, step.Slots, answer, NearCountries: near), context, cancellationToken);

        var (filled, note) = await FillFromPastProjectsAsync(draft, history, recruiter);
        if (filled.Title.Length == 0 || filled.NormalizedTitle.Length == 0)
        {
            // The one thing a project cannot do without; everything else is optional and said so.
            var question = phrases.Message("ask", ("missing", phrases.Message("missing_title")));
            var request = answer is { Length: > 0 } ? $"{text}\n{answer}" : text;
            return new StepResult<ProjectOutput>(question, new ProjectOutput(), Question: question, Open: new OpenQuestion(OpenQuestion.Intake, question, request, ["title"]));
        }

        if (filled.Locations.Count == 0 && filled.Remote != RemotePolicy.Remote)
        {
            note = string.Join(' ', new[] { note, phrases.Message("no_place") }.Where(n => n is { Length: > 0 }));
        }

        var suggestions = market.TopSkills(filled.NormalizedTitle, filled.Locations.Count > 0 ? filled.Locations[0] : null, tenant);
        var pastHires = await history.PastHireSkills(filled.NormalizedTitle);
        var proposed = drafter.Propose(filled, suggestions, pastHires);
        var spec = filled.ToSpec();
        await grains.Project(tenant, projectId).Create(recruiter, spec, proposed);
        await history.RecordProject(projectId, recruiter, spec);

        var created = proposed.Count == 0
            ? phrases.Message("created_empty", ("role", Role(spec)))
            : phrases.Message("created", ("role", Role(spec)), ("count", QualificationWording.Count(proposed.Count)), ("list", wording.List(proposed)));
        if (filled.OtherRoles is { Count: > 0 } others)
        {
            // "a head chef and a sous chef": one project per role; the others are said, never folded in as requirements.
            var where = spec.Locations.Count > 0 ? $" in {spec.Locations[0]}" : "";
            created = $"{created} {phrases.Message("other_roles", ("roles", string.Join(" and ", others)), ("example", $"and a {others[0]}{where}"))}";
        }

        if (await RememberedAsync(recruiter, spec) is { Length: > 0 } remembered)
        {
            // What the recruiter told the assistant before about this kind of role, with when: for them to weigh, never applied unasked.
            created = $"{created} {remembered}";
        }

        var approval = FollowUpStep.For(
            AgentKind.Intake,
            PlanActions.ApplyQualifications,
            new ApplyQualificationsInput(proposed.ToDictionary(q => q.Id, wording.Describe, StringComparer.Ordinal)),
            needsApproval: true,
            ApprovalAction.ApplyQualificationChange);
        return new StepResult<ProjectOutput>(
            note is null ? created : $"{note} {created}",
            new ProjectOutput(projectId),
            Payload(projectId, filled, proposed),
            projectId,
            [approval]);
    }

    /// <summary>The recruiter's memories that plainly bear on the role (its title, its place), said with when they were told; empty when none does.</summary>
    private async Task<string> RememberedAsync(string recruiter, JobSpec spec)
    {
        var recalled = await grains.RememberedAbout(recruiter, $"{spec.Title} {string.Join(' ', spec.Locations)}", RememberedShown);
        var relevant = recalled.Where(r => r.Relevance >= RememberedRelevance).Select(r => r.Entry).ToList();
        return relevant.Count == 0
            ? ""
            : phrases.Message("remembered", ("memories", string.Join("; ", relevant.Select(e => $"\"{e.Text}\" ({e.At.ToString("d MMM", System.Globalization.CultureInfo.InvariantCulture)})"))));
    }

    /// <summary>A place the request does not name, from the recruiter's most similar past project, said in a note (the level is never filled: it is a filter).</summary>
    private async Task<(JobDraft Draft, string? Note)> FillFromPastProjectsAsync(JobDraft draft, IIntakeHistory history, string recruiter)
    {
        var needsPlace = draft.Locations.Count == 0 && draft.Remote != RemotePolicy.Remote;
        if (draft.NormalizedTitle.Length == 0 || !needsPlace)
        {
            return (draft, null);
        }

        var similar = await history.SimilarProjects(draft.NormalizedTitle, SimilarProjects);
        var past = similar.FirstOrDefault(p => p.Owner == recruiter && (p.Spec.Locations.Count > 0 || p.Spec.Remote == RemotePolicy.Remote));
        if (past is null)
        {
            return (draft, null);
        }

        draft = draft with { Locations = past.Spec.Locations, Places = past.Spec.Places, Remote = past.Spec.Remote, RemoteWithin = past.Spec.RemoteWithin };
        var note = phrases.Message(
            "filled",
            ("values", past.Spec.Locations.Count > 0 ? string.Join(" or ", past.Spec.Locations) : "remote"),
            ("project", past.Spec.Title),
            ("month", past.RecordedAt.ToString("MMMM", CultureInfo.InvariantCulture)));
        return (draft, note);
    }

    /// <summary>The countries of the recruiter's latest projects, the latest first: where the conversation already is.</summary>
    private static async Task<IReadOnlyList<string>> LatestCountriesAsync(IIntakeHistory history, string recruiter)
    {
        var projects = await history.Projects(LatestProjectsScanned);
        return [.. projects
            .Where(p => p.Owner == recruiter)
            .Take(LatestProjects)
            .SelectMany(p => p.Spec.Places ?? [])
            .Select(p => p.CountryCode)
            .Where(c => c.Length > 0)
            .Distinct(StringComparer.Ordinal)];
    }

    private static string Role(JobSpec spec)
    {
        var within = spec.RemoteWithin is { Count: > 0 } scope ? $" within {string.Join(" or ", scope.Select(p => p.Name))}" : "";
        var where = spec.Locations.Count > 0
            ? string.Join(" or ", spec.Locations) + (spec.Remote == RemotePolicy.Remote ? $", or remote{within}" : spec.Remote == RemotePolicy.Hybrid ? ", hybrid" : "")
            : spec.Remote == RemotePolicy.Remote ? $"remote{within}" : "";
        return where.Length > 0 ? $"{spec.Title} ({where})" : spec.Title;
    }

    /// <summary>The step's details: the project it created (so a page opens that one, not whichever is newest), the draft's provenance and the qualifications proposed.</summary>
    private static string Payload(string projectId, JobDraft draft, IReadOnlyList<Qualification> proposed) => JsonSerializer.Serialize(new
    {
        projectId,
        source = draft.Source.ToString(),
        engine = draft.Provenance.Engine.ToString(),
        model = draft.Provenance.Model,
        prompt = draft.Provenance.PromptName,
        promptVersion = draft.Provenance.PromptVersion,
        fallback = draft.Provenance.FallbackReason?.ToString(),
        qualifications = proposed.Select(q => new { q.Id, q.Text, kind = q.Kind.ToString(), origin = q.Origin.ToString(), allowed = q.Policy.Allowed }),
    });
}
