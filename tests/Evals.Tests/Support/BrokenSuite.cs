using Hiring.Evals.Core;

namespace Hiring.Evals.Tests.Support;

/// <summary>A suite whose run itself throws (a silo that does not start).</summary>
public sealed class BrokenSuite : IEvalSuite
{
    public string Name => "broken";

    public SuiteNeeds Needs => SuiteNeeds.None;

    public Task<SuiteReport> RunAsync(EvalRun run, CancellationToken cancellationToken) => throw new InvalidOperationException("the silo did not start");
}
