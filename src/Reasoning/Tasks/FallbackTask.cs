using Hiring.Contracts.Reasoning;
using Hiring.Reasoning.Resilience;

namespace Hiring.Reasoning.Tasks;

/// <summary>
/// The LLM path behind the task-level circuit breaker; when it fails (unavailable, timed out,
/// unusable after a repair, or the breaker is open) the built-in engine answers, the output's
/// provenance records why, and the degraded signal fires.
/// </summary>
public sealed class FallbackTask<TInput, TOutput>(
    ILlmTaskDefinition<TInput, TOutput> definition,
    LlmTask<TInput, TOutput> llm,
    IBuiltInTask<TInput, TOutput> builtIn,
    ModelCircuit circuit,
    DegradedSignal signal) : IReasoningTask<TInput, TOutput>
{
    public string Name => definition.Name;

    public ModelTier Tier => definition.Tier;

    public async Task<TOutput> RunAsync(TInput input, ReasoningContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await circuit.ExecuteAsync(token => llm.RunAsync(input, context, token), cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            var failure = ModelFailure.Classify(ex);
            signal.Raise(Name, failure, context);
            var output = await builtIn.RunAsync(input, context, cancellationToken);
            var provenance = definition.ProvenanceOf(output) with { Tier = Tier, FallbackReason = failure.Reason };
            return definition.WithProvenance(output, provenance);
        }
    }
}
