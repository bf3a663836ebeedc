using Hiring.Evals.Core;

namespace Hiring.Evals.Suites.Dialogue;

/// <summary>
/// A suite of multi-turn conversations through the real assistant on an in-process silo
/// (<see cref="DialogueSilo"/>), each case a <see cref="DialogueConversation"/> under the suite's
/// <see cref="ConversationPolicy"/>. Metrics: the policy's case metric (cases whose every expectation
/// held), <c>turn_accuracy</c> (turns whose expectations held), <c>final_accuracy</c> (the final project
/// checks), and what the suite declares besides.
/// </summary>
public abstract class ConversationSuite : IEvalSuite
{
    private const int Parallelism = 4;

    public abstract string Name { get; }

    public SuiteNeeds Needs => SuiteNeeds.Silo;

    /// <summary>How long one turn may take before the case fails (model calls and what a decision resumed included).</summary>
    public TimeSpan TurnDeadline { get; init; } = TimeSpan.FromSeconds(90);

    /// <summary>How the suite's recruiters work with the assistant.</summary>
    protected abstract ConversationPolicy Policy { get; }

    public Task<SuiteReport> RunAsync(EvalRun run, CancellationToken cancellationToken) =>
        SiloSuiteRun.RunAsync(
            run,
            Name,
            silo => DialogueConversation.For(silo, run, TurnDeadline, Policy).RunAsync,
            [Policy.CaseMetric],
            Parallelism,
            cancellationToken,
            Declare);

    /// <summary>The counts the suite reports even when nothing was added to them (a count of 0 is a result).</summary>
    protected virtual void Declare(MetricTally tally)
    {
    }
}
