using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Reasoning;
using Hiring.Reasoning.Planning.Dialogue;
using Hiring.Reasoning.Tasks;

namespace Hiring.Reasoning.Planning;

/// <summary>
/// The planner without a model: the role a message describes read by rules and vocabularies, its
/// intent by the nearest MiniLM exemplar, both weighed in the conversation (the open question, the
/// open project) by the dialogue rules, and the steps from the intent's recipe. Deterministic: the
/// same message in the same conversation always gives the same plan.
/// </summary>
public sealed class BuiltInPlanner(IntentCatalog catalog, IntentClassifier classifier, SlotExtractor slots, DialogueResolver resolver, DialogueRules rules)
    : IBuiltInTask<PlanRequest, Plan>
{
    public const string EngineName = "builtin:minilm-exemplars";
    public const string ResourceName = "builtin/intents";

    private readonly PlanComposer _composer = new(catalog);

    /// <summary>What a message may ask for after approving in the same breath: the next work on the project.</summary>
    private static readonly HashSet<PlanIntent> FollowsDecision =
        [PlanIntent.FindCandidates, PlanIntent.DraftOutreach, PlanIntent.ScheduleScreen, PlanIntent.PrepareScreeningQuestions];

    public string Name => PlannerTask.Name;

    public ModelTier Tier => PlannerTask.Tier;

    public async Task<Plan> RunAsync(PlanRequest input, ReasoningContext context, CancellationToken cancellationToken = default)
    {
        var message = input.Message;
        var dialogue = input.Dialogue ?? DialogueState.None;
        var provenance = new Provenance(ReasoningEngine.BuiltIn, EngineName, ResourceName, $"{catalog.Version}+slots.{slots.Version}+dialogue.{rules.Version}", Tier);
        if (!NamesCandidates(message, dialogue) && rules.Approvals.AffirmedBeside(message, dialogue) is { Rest: { } changes } affirmed && Revisable(affirmed, dialogue)
            && await RunAsync(input with { Message = changes }, context, cancellationToken) is { Intent: PlanIntent.RefineRequirements } proposed
            && (NamesAChange(proposed) || await BesideApprovalAsync(changes, affirmed, dialogue, cancellationToken) is Beside.Change or Beside.Addition))
        {
            // "fine but make dbt a must", "va bene, però il PLC mettilo obbligatorio": a yes to what waits, with the change it asks
            // for after it; the qualifications or search approved are changed after, so the change is proposed after them. Read
            // first: the words of the change ("a nice to have") would otherwise name what waits, and the change be lost.
            return _composer.Decide(affirmed, provenance, proposed);
        }

        if (!NamesCandidates(message, dialogue) && rules.Approvals.Read(message, dialogue) is { } choice)
        {
            // "approve all of that", "no, don't send that": a verdict on what waits for the recruiter decides it; one on
            // candidates named ("1 and 3 look right") is feedback on them.
            if (choice.Rest is not { } rest || choice.Question is not null)
            {
                return _composer.Decide(choice, provenance);
            }

            // Beside an approval the rest may ask for the next thing ("lgtm — now pull me some candidates"), done after the
            // decision; beside a change of what waits ("approved, make it hybrid") it decides nothing. Beside a refusal it is
            // its reason ("nein, lass es sein. Wir warten noch auf das Budget"), or the change that replaces what it refuses
            // ("no — python should only be a nice to have"), made after it when it names what changes.
            var next = await RunAsync(input with { Message = rest }, context, cancellationToken);
            if (!choice.Approve || choice.Opposite is { Count: > 0 })
            {
                // Refusing what waits in several projects, the change could be any one's ("reject both, CNC needs 8+ yrs"): only the refusal.
                // "nah — make it Calgary or Edmonton": a change of places, arrangement or what is needed names what changes too.
                var oneProject = dialogue.Waiting.Where(w => choice.Ids.Contains(w.Id)).Select(w => w.ProjectId).Distinct().Count() == 1;
                var change = !choice.Approve && choice.Opposite is null && oneProject
                    && (NamesAChange(next) || (next.Intent == PlanIntent.RefineRequirements && await BesideApprovalAsync(rest, choice, dialogue, cancellationToken) == Beside.Change));
                return _composer.Decide(choice, provenance, change ? next : null);
            }

            if (!Revisable(choice, dialogue) && rules.Approvals.Amends(rest))
            {
                // "send it, but change the greeting to Dear Lena": a message approved goes out as it is, so beside a change
                // nothing is decided; what waits stays waiting and the rest is read on its own.
                return next;
            }

            if (next.Intent is not (PlanIntent.StartProject or PlanIntent.RefineRequirements))
            {
                return _composer.Decide(choice, provenance, FollowsDecision.Contains(next.Intent) ? next : null);
            }

            // "akkoord, maar zet er ook Duits bij als pré": after "but", words it cannot tell that name a change are one too.
            if (next.Intent == PlanIntent.RefineRequirements && await BesideApprovalAsync(rest, choice, dialogue, cancellationToken) is var beside
                && (beside is Beside.Addition or Beside.Remark
                    || (Revisable(choice, dialogue) && (beside == Beside.Change || (beside == Beside.Unclear && rules.Approvals.Contrasts(rest) && NamesAChange(next))))))
            {
                // "Approved ✔️ one more thing though, add Afrikaans as a nice-to-have": an addition leaves what waits as it is,
                // so that is approved and the addition proposed after it; a remark that names nothing to change ("the client
                // just confirmed the roster, fire away") is the approval's reason. "Aprobado, solo cambia inglés avanzado por
                // intermedio": qualifications or a search approved are changed after, so the change is proposed after them too.
                return _composer.Decide(choice, provenance, beside == Beside.Remark ? null : next);
            }
        }

        if (dialogue.Last == PlanIntent.StartProject && !NamesCandidates(message, dialogue)
            && rules.Approvals.AffirmedBeside(message, dialogue, contrasted: false) is { Rest: { } then } yes
            && dialogue.Waiting.Where(w => yes.Ids.Contains(w.Id)).All(w => w.Action == ApprovalAction.ApplyQualificationChange)
            && classifier.Cued(PlanIntent.FindCandidates, then)
            && await RunAsync(input with { Message = then }, context, cancellationToken) is { Intent: PlanIntent.FindCandidates } after)
        {
            // "tá ótimo, pode procurar candidatos", "looks great, go find me some people", said to the qualifications a new project
            // just proposed: the yes approves them and the search asked for in so many words follows. Not a search that waits already
            // (that is the work), nor a yes after other talk ("great, search for candidates now" after a change), nor "oh yes" before
            // what only sounds like a search ("O ja, we hebben ook een klusjesman nodig").
            return _composer.Decide(yes, provenance, after);
        }

        // A town named beside an open project is read among its countries ("add Galway" for a role in Cork).
        var near = Place.CountriesOf(dialogue.Project?.Spec.Places);
        var reading = await slots.ReadAsync(message, near, cancellationToken);
        var match = await classifier.ClassifyAsync(message, slots.Delexicalize(message, reading), cancellationToken);
        match = match with { Intent = slots.ResolveAutopilot(match.Intent, message) };
        var facts = new MessageFacts(reading.Title?.Canonical, reading.Title?.Written, reading.Title?.Origin == Understanding.Requests.TitleOrigin.Vocabulary, reading.Places.Places, reading.HasDetails, reading.OtherWords, match, match.CueMatched, [.. reading.Requirements.Select(r => r.Subject)], reading.Seniority, [.. (reading.NotNeeded ?? []).Select(r => r.Subject)], reading.Places.Remote, classifier.Cued(PlanIntent.SmallTalk, message));
        var decision = resolver.Decide(message, facts, dialogue);
        if (StepText(message, facts, decision, dialogue) is var text && !ReferenceEquals(text, message))
        {
            message = text;
            input = input with { Message = message };
            reading = await slots.ReadAsync(message, near, cancellationToken);
        }

        // An answer completes the request it answers: the slots are those of both together.
        var about = decision.Answers is { Kind: OpenQuestion.Intake } question ? $"{question.Request}\n{message}" : message;
        var found = about == message ? slots.Extract(message, decision.Intent, reading) : slots.Extract(about, decision.Intent, await slots.ReadAsync(about, near, cancellationToken));
        if (decision.Target == ProjectTarget.Current && decision.Returns?.Spec is { } back)
        {
            // "back to the paralegal one: make it hybrid": the summary speaks of that project's role.
            found = found with { Titles = [back.NormalizedTitle], Locations = found.Locations.Count > 0 ? found.Locations : back.Locations };
        }
        else if (decision.Target == ProjectTarget.Current && found.Titles.Count == 0 && dialogue.Project?.Spec is { } spec)
        {
            // "find candidates": the summary speaks of the open project's role.
            found = found with
            {
                Titles = [spec.NormalizedTitle],
                Locations = found.Locations.Count > 0 ? found.Locations : spec.Locations,
                Seniority = found.Seniority ?? (spec.Seniority.Length > 0 ? spec.Seniority : null),
            };
        }

        return _composer.Compose(decision, found, input, provenance);
    }

    /// <summary>
    /// What a change said beside an approval does to it: an addition of skills the vocabulary knows, none of them among the
    /// open role's requirements or what the decision approves; a remark that names nothing a change could act on (no
    /// requirement, place, arrangement, level or years); a change of what waits ("approved, but make kubernetes a nice to
    /// have", "approved, but make it fully remote"); or words it cannot tell (a skill it does not know).
    /// </summary>
    private async Task<Beside> BesideApprovalAsync(string rest, ApprovalChoice choice, DialogueState dialogue, CancellationToken cancellationToken)
    {
        var reading = await slots.ReadAsync(rest, Place.CountriesOf(dialogue.Project?.Spec.Places), cancellationToken);
        if (reading.Seniority is not null || reading.Years is not null || reading.Places.Places.Count > 0 || reading.Places.Remote != RemotePolicy.Unspecified
            || reading.Places.RemoteWithin.Count > 0 || reading.NotNeeded is { Count: > 0 } || reading.Requirements.Any(r => r.Condition))
        {
            return Beside.Change;
        }

        if (reading.Requirements.Count == 0)
        {
            return Beside.Remark;
        }

        var approved = dialogue.Waiting.Where(w => choice.Ids.Contains(w.Id)).Select(w => w.Summary).ToList();
        bool Named(string skill) => (dialogue.Project is { } project && project.Must.Concat(project.Nice).Contains(skill, StringComparer.OrdinalIgnoreCase))
            || approved.Exists(summary => summary.Contains(skill, StringComparison.OrdinalIgnoreCase));
        return reading.Requirements.Any(r => Named(r.Subject) || Named(r.Written)) ? Beside.Change
            : reading.Requirements.All(r => r.Known) ? Beside.Addition
            : Beside.Unclear;
    }

    private enum Beside
    {
        Remark,
        Addition,
        Change,
        Unclear,
    }

    /// <summary>
    /// Whether a verdict on what waits names candidates ("1 and 3 look right"): "both look fine, approve both" with two things
    /// waiting speaks of them, so a word for every one of them names candidates only when nothing else waits beside.
    /// </summary>
    private bool NamesCandidates(string message, DialogueState dialogue) =>
        rules.NamesCandidates(message) && (dialogue.Waiting.Count < 2 || rules.NamesCandidates(rules.Approvals.WithoutAll(message)));

    /// <summary>Whether what a decision approves can still be changed after it: qualifications (a change replaces them) or a search (it sends nothing).</summary>
    private static bool Revisable(ApprovalChoice choice, DialogueState dialogue) =>
        dialogue.Waiting.Where(w => choice.Ids.Contains(w.Id)).All(w => w.Action is ApprovalAction.ApplyQualificationChange or ApprovalAction.StartSourcing);

    /// <summary>A change of the open role that names what changes: a skill, a level or years.</summary>
    private static bool NamesAChange(Plan plan) =>
        plan is { Intent: PlanIntent.RefineRequirements, Slots: var slots } && (slots.Skills.Count > 0 || slots.Seniority is not null || slots.Years is not null);

    /// <summary>The message as the steps read it: without the name of the project it goes back to, or with the open project's places for "the same location".</summary>
    private string StepText(string message, MessageFacts facts, PlanDecision decision, DialogueState dialogue)
    {
        if (decision.Returns?.Spec is { } returning)
        {
            // "sorry, back to the payroll one - Ceridian would be a bonus": the steps read what changes, not the project's name.
            return rules.WithoutProjectName(message, resolver.NamesOf(returning, facts.TitleWritten));
        }

        // "and a restaurant manager for the same location": the new project is where the open one is.
        return decision is { Intent: PlanIntent.StartProject, Target: ProjectTarget.New, Basis: null } && dialogue.Project?.Spec is { Locations.Count: > 0 } open
            ? rules.WithOpenPlaces(message, [.. open.Locations.Where(l => !l.Equals("remote", StringComparison.OrdinalIgnoreCase))])
            : message;
    }
}
