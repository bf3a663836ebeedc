namespace Hiring.Contracts.Reasoning;

/// <summary>Which engine produced a reasoning output.</summary>
[GenerateSerializer, Alias("hiring.reasoning.engine")]
public enum ReasoningEngine
{
    /// <summary>The built-in, deterministic engine (no network).</summary>
    BuiltIn = 0,

    /// <summary>A language model reached through Semantic Kernel.</summary>
    Llm = 1,
}
