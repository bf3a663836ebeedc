namespace Hiring.Reasoning.Tasks;

/// <summary>Marks the built-in engine's implementation of a task, so the fallback path can find it next to the LLM path.</summary>
public interface IBuiltInTask<in TInput, TOutput> : IReasoningTask<TInput, TOutput>;
