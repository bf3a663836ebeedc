using Hiring.Agents.Reasoning.Tasks;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Reasoning;

namespace Hiring.Agents.Reasoning.Planning;

/// <summary>
/// The planner without a model: intent by nearest MiniLM exemplar, slots by rules, steps from the
/// intent's recipe. Deterministic: the same message always gives the same plan.
/// </summary>
public sealed class BuiltInPlanner(IntentCatalog catalog, IntentClassifier classifier, SlotExtractor slots) : IBuiltInTask<PlanRequest, Plan>
{
    public const string EngineName = "builtin:minilm-exemplars";
    public const string ResourceName = "builtin/intents";

    private readonly PlanComposer _composer = new(catalog);

    public string Name => PlannerTask.Name;

    public ModelTier Tier => PlannerTask.Tier;

    public async Task<Plan> RunAsync(PlanRequest input, ReasoningContext context, CancellationToken cancellationToken = default)
    {
        var match = await classifier.ClassifyAsync(input.Message, cancellationToken);
        var intent = slots.ResolveAutopilot(match.Intent, input.Message);
        var extracted = slots.Extract(input.Message, intent);
        var provenance = new Provenance(ReasoningEngine.BuiltIn, EngineName, ResourceName, $"{catalog.Version}+slots.{slots.Version}", Tier);
        return _composer.Compose(intent, match.Score, extracted, input, provenance);
    }
}
