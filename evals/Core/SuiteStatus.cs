namespace Hiring.Evals.Core;

/// <summary>How a suite's run ended.</summary>
public enum SuiteStatus
{
    /// <summary>It ran (some cases may have failed; that is what metrics and thresholds judge).</summary>
    Ran = 0,

    /// <summary>What it measures is not in the product yet (for example no message policy is registered); nothing is scored.</summary>
    NotAvailable = 1,

    /// <summary>The suite itself broke: a malformed case file, a silo that did not start. Always a failure.</summary>
    Failed = 2,
}
