using Hiring.Contracts.Reasoning;

namespace Hiring.Reasoning.Tasks;

/// <summary>
/// A reasoning task with typed input and output. The same interface is implemented by the built-in
/// engine and by the LLM path (which falls back to the built-in engine), so callers never care which ran;
/// the output's provenance says.
/// </summary>
public interface IReasoningTask<in TInput, TOutput>
{
    /// <summary>The task's name, e.g. "planner"; used in degraded notices and the usage ledger.</summary>
    string Name { get; }

    /// <summary>The model tier the task needs.</summary>
    ModelTier Tier { get; }

    Task<TOutput> RunAsync(TInput input, ReasoningContext context, CancellationToken cancellationToken = default);
}
