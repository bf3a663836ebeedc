using Hiring.Contracts.Reasoning;
using Hiring.Reasoning.StructuredOutput;

namespace Hiring.Reasoning.Tasks;

/// <summary>Runs a task through its prompt and the configured model; throws when the model cannot give a usable answer.</summary>
public sealed class LlmTask<TInput, TOutput>(ILlmTaskDefinition<TInput, TOutput> definition, StructuredChat chat) : IReasoningTask<TInput, TOutput>
{
    public string Name => definition.Name;

    public ModelTier Tier => definition.Tier;

    public Task<TOutput> RunAsync(TInput input, ReasoningContext context, CancellationToken cancellationToken = default) =>
        chat.AskAsync(
            new StructuredRequest(definition.Name, definition.PromptName, definition.Tier, definition.Arguments(input)),
            (json, provenance) => definition.Read(json, input, provenance),
            context,
            cancellationToken);
}
