namespace Hiring.Evals.Core;

/// <summary>
/// One evaluation suite: it reads its cases from <c>evals/cases/{Name}/{split}.jsonl</c> through the
/// run, measures the product on them and reports metrics per split. A case that throws is a failed
/// case with the error recorded, never a crash of the run (<see cref="SplitRunner"/> does that once for all).
/// </summary>
public interface IEvalSuite
{
    /// <summary>The suite's name: its case folder and its key in thresholds.json.</summary>
    string Name { get; }

    /// <summary>What the run must prepare for it.</summary>
    SuiteNeeds Needs { get; }

    Task<SuiteReport> RunAsync(EvalRun run, CancellationToken cancellationToken);
}
