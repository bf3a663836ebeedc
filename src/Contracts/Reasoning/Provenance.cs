namespace Hiring.Contracts.Reasoning;

/// <summary>What produced a reasoning output: engine, model and prompt version.</summary>
/// <param name="Engine">The engine that produced the output.</param>
/// <param name="Model">The model or deployment name for the LLM engine; the built-in engine's name otherwise.</param>
/// <param name="PromptName">The prompt (LLM) or resource (built-in) the output came from.</param>
/// <param name="PromptVersion">The version declared in that prompt or resource file.</param>
/// <param name="Tier">The model tier the task asked for.</param>
/// <param name="FallbackReason">Set when the built-in engine answered because the model could not; null otherwise.</param>
[GenerateSerializer, Immutable, Alias("hiring.reasoning.provenance")]
public sealed record Provenance(
    [property: Id(0)] ReasoningEngine Engine,
    [property: Id(1)] string Model,
    [property: Id(2)] string PromptName,
    [property: Id(3)] string PromptVersion,
    [property: Id(4)] ModelTier Tier,
    [property: Id(5)] DegradedReason? FallbackReason = null);
