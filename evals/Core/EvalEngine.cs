namespace Hiring.Evals.Core;

/// <summary>Which reasoning engine the product runs with during the eval.</summary>
public enum EvalEngine
{
    /// <summary>The deterministic built-in engine (Hiring:Ai:Provider is forced to BuiltIn).</summary>
    BuiltIn = 0,

    /// <summary>The configured model (Hiring:Ai:*), falling back to the built-in engine as the product does.</summary>
    Llm = 1,
}
