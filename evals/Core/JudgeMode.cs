namespace Hiring.Evals.Core;

/// <summary>Which judges score the cases. The deterministic judges always run.</summary>
public enum JudgeMode
{
    /// <summary>Deterministic judges only.</summary>
    BuiltIn = 0,

    /// <summary>The LLM judges too (through the configured model), beside the deterministic ones.</summary>
    Llm = 1,

    /// <summary>Both, said explicitly (the same as <see cref="Llm"/>, since the deterministic judges always run).</summary>
    Both = 2,
}
