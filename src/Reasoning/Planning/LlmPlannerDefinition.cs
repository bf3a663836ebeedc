using System.Text.Json;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Reasoning;
using Hiring.Reasoning.Planning.Dialogue;
using Hiring.Reasoning.StructuredOutput;
using Hiring.Reasoning.Tasks;

namespace Hiring.Reasoning.Planning;

/// <summary>
/// The planner through prompts/planner.yaml. The model chooses intent, slots and steps; whether a step
/// needs approval is not its call: that comes from the catalog, so a model can never plan around a human.
/// </summary>
public sealed class LlmPlannerDefinition(IntentCatalog catalog) : ILlmTaskDefinition<PlanRequest, Plan>
{
    private const string None = "none";

    public string Name => PlannerTask.Name;

    public ModelTier Tier => PlannerTask.Tier;

    public string PromptName => PlannerTask.PromptName;

    public IReadOnlyDictionary<string, object?> Arguments(PlanRequest input) => new Dictionary<string, object?>
    {
        ["message"] = input.Message,
        ["project"] = input.Dialogue?.Project is { } open ? DialogueText.Project(open) : string.IsNullOrWhiteSpace(input.ProjectSummary) ? None : input.ProjectSummary,
        ["question"] = DialogueText.Question(input.Dialogue?.Question),
        ["others"] = DialogueText.Others(input.Dialogue?.Recent ?? []),
        ["approvals"] = DialogueText.Approvals(input.Dialogue?.Waiting ?? []),
        ["memory"] = input.Memory is { Count: > 0 } memory ? string.Join("; ", memory) : None,
        ["intents"] = catalog.DescribeIntents(),
        ["actions"] = catalog.DescribeActions(),
    };

    public Plan Read(JsonElement json, PlanRequest input, Provenance provenance)
    {
        var intent = Enum.Parse<PlanIntent>(JsonFields.Text(json, "intent"));
        var slotsJson = json.GetProperty("slots");
        var slots = new RequestSlots(
            JsonFields.Texts(slotsJson, "titles"),
            JsonFields.Texts(slotsJson, "skills"),
            JsonFields.Texts(slotsJson, "locations"),
            JsonFields.OptionalText(slotsJson, "seniority"),
            JsonFields.OptionalInt(slotsJson, "years"),
            JsonFields.OptionalInt(slotsJson, "count"),
            JsonFields.OptionalText(slotsJson, "candidate"),
            JsonFields.OptionalText(slotsJson, "subject"));

        var steps = json.GetProperty("steps").EnumerateArray().Select((step, index) => ReadStep(step, index, input)).ToList();
        // The model may only go back to a project the conversation listed: any other id is ignored.
        var back = JsonFields.OptionalText(json, "project") is { } id && input.Dialogue?.Recent.Any(p => p.ProjectId == id) == true ? id : null;
        return new Plan(intent, [.. steps.Select(step => Pending(Completed(step, intent, input.Dialogue?.Question, input.Message), input.Dialogue))], JsonFields.Text(json, "summary"), slots, JsonFields.Number(json, "confidence"), provenance, back);
    }

    public Plan WithProvenance(Plan output, Provenance provenance) => output with { Provenance = provenance };

    public Provenance ProvenanceOf(Plan output) => output.Provenance;

    /// <summary>
    /// An answer is wired the same way whichever planner heard it: intake receives the request the
    /// question was about and the answer; feedback receives the candidates shown, in order.
    /// </summary>
    private static PlanStep Completed(PlanStep step, PlanIntent intent, OpenQuestion? question, string message)
    {
        var inputs = new Dictionary<string, string>(step.Inputs, StringComparer.Ordinal);
        switch (question)
        {
            case { Kind: OpenQuestion.Intake } asked when intent == PlanIntent.StartProject && step.Action == PlanActions.CreateProject:
                inputs[StepValueNames.Request] = asked.Request;
                inputs[StepValueNames.Answer] = message;
                break;
            case { Kind: OpenQuestion.Calibration, Candidates: { Count: > 0 } shown } when intent == PlanIntent.CandidateFeedback:
                inputs[StepValueNames.Shown] = string.Join(',', shown);
                break;
            default:
                return step;
        }

        return step with { Inputs = inputs };
    }

    /// <summary>A decision decides only what waits: any other id the model names is dropped.</summary>
    private static PlanStep Pending(PlanStep step, DialogueState? dialogue)
    {
        if (step.Action != PlanActions.DecideApproval || !step.Inputs.TryGetValue(StepValueNames.Approvals, out var named))
        {
            return step;
        }

        var waiting = (dialogue?.Waiting ?? []).Select(w => w.Id).ToHashSet(StringComparer.Ordinal);
        var ids = named.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(waiting.Contains);
        return step with { Inputs = new Dictionary<string, string>(step.Inputs, StringComparer.Ordinal) { [StepValueNames.Approvals] = string.Join(',', ids) } };
    }

    private PlanStep ReadStep(JsonElement step, int index, PlanRequest input)
    {
        var agent = Enum.Parse<AgentKind>(JsonFields.Text(step, "agent"));
        var action = JsonFields.Text(step, "action");
        var approval = catalog.ApprovalFor(agent, action)
            ?? throw new UnusableOutputException($"steps[{index}]: {agent}.{action} is not an action the assistant has.");
        var inputs = JsonFields.TextMap(step, "inputs");
        if (action == PlanActions.Reply && string.IsNullOrWhiteSpace(inputs.GetValueOrDefault(StepValueNames.Text)))
        {
            throw new UnusableOutputException($"steps[{index}]: a reply step needs a non-empty \"text\" input.");
        }

        inputs.TryAdd(StepValueNames.Request, input.Message);
        return new PlanStep(agent, action, inputs, approval != ApprovalAction.None, approval);
    }
}
