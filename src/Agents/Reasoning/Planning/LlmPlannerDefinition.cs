using System.Text.Json;
using Hiring.Agents.Reasoning.StructuredOutput;
using Hiring.Agents.Reasoning.Tasks;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Reasoning;

namespace Hiring.Agents.Reasoning.Planning;

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
        ["project"] = string.IsNullOrWhiteSpace(input.ProjectSummary) ? None : input.ProjectSummary,
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
        return new Plan(intent, steps, JsonFields.Text(json, "summary"), slots, JsonFields.Number(json, "confidence"), provenance);
    }

    public Plan WithProvenance(Plan output, Provenance provenance) => output with { Provenance = provenance };

    public Provenance ProvenanceOf(Plan output) => output.Provenance;

    private PlanStep ReadStep(JsonElement step, int index, PlanRequest input)
    {
        var agent = Enum.Parse<AgentKind>(JsonFields.Text(step, "agent"));
        var action = JsonFields.Text(step, "action");
        var approval = catalog.ApprovalFor(agent, action)
            ?? throw new UnusableOutputException($"steps[{index}]: {agent}.{action} is not an action the assistant has.");
        var inputs = JsonFields.TextMap(step, "inputs");
        if (action == PlanActions.Reply && string.IsNullOrWhiteSpace(inputs.GetValueOrDefault(StepInputs.Text)))
        {
            throw new UnusableOutputException($"steps[{index}]: a reply step needs a non-empty \"text\" input.");
        }

        inputs.TryAdd(StepInputs.Request, input.Message);
        return new PlanStep(agent, action, inputs, approval != ApprovalAction.None, approval);
    }
}
