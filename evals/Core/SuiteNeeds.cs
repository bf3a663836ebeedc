namespace Hiring.Evals.Core;

/// <summary>What a suite needs from the run, so the runner prepares only that (and says so when it cannot).</summary>
[Flags]
public enum SuiteNeeds
{
    None = 0,

    /// <summary>The eval pool (synthetic seed 11, 4,000 profiles) with its ground truth and protected attributes.</summary>
    Pool = 1,

    /// <summary>A real in-process Orleans silo with the product's wiring.</summary>
    Silo = 2,

    /// <summary>A configured language model (the suite measures something only a model does).</summary>
    Model = 4,
}
