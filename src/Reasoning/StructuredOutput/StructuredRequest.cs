using Hiring.Contracts.Reasoning;
using Microsoft.SemanticKernel;

namespace Hiring.Reasoning.StructuredOutput;

/// <summary>One structured call: which prompt, on which tier, with which inputs and (optionally) tools the model may call.</summary>
public sealed record StructuredRequest(
    string Task,
    string PromptName,
    ModelTier Tier,
    IReadOnlyDictionary<string, object?> Values,
    IReadOnlyList<KernelPlugin>? Tools = null);
