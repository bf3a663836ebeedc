using Hiring.Evals.Core;
using Hiring.Evals.Suites.Dialogue;
using Microsoft.Extensions.DependencyInjection;

namespace Hiring.Evals.Suites.Memory;

/// <summary>
/// The recruiter's memory through the real assistant on an in-process silo: conversations that tell it
/// facts and preferences (some it must not keep: plain requests, refused biased ones), ask it to forget,
/// and ask what it remembers, by the recruiter, a colleague or another company. Metrics:
/// <c>memory_accuracy</c> (cases whose every expectation held), <c>store_accuracy</c> (messages kept or
/// not, forgotten or not, as expected), <c>recall_accuracy</c> (questions whose answer held every
/// expected word and none of the forbidden), <c>cross_recruiter_leaks</c> (answers holding words only
/// another recruiter or company said: must be 0) and <c>forgotten_recalled</c> (answers holding a
/// forbidden word the recruiter said before asking to forget: must be 0).
/// </summary>
public sealed class MemorySuite : IEvalSuite
{
    public const string MemoryAccuracy = "memory_accuracy";
    public const string StoreAccuracy = "store_accuracy";
    public const string RecallAccuracy = "recall_accuracy";
    public const string CrossRecruiterLeaks = "cross_recruiter_leaks";
    public const string ForgottenRecalled = "forgotten_recalled";
    private const int Parallelism = 4;

    public string Name => "memory";

    public SuiteNeeds Needs => SuiteNeeds.Silo;

    /// <summary>How long one turn may take before the case fails.</summary>
    public TimeSpan TurnDeadline { get; init; } = TimeSpan.FromSeconds(90);

    public Task<SuiteReport> RunAsync(EvalRun run, CancellationToken cancellationToken)
    {
        var clock = new TenantClock();
        return SiloSuiteRun.RunAsync(
            run,
            Name,
            silo =>
            {
                clock.Attach(silo.Services.GetRequiredService<IGrainContextAccessor>());
                return new MemoryConversation(silo.Grains, TurnDeadline, clock).RunAsync;
            },
            [MemoryAccuracy],
            Parallelism,
            cancellationToken,
            tally =>
            {
                tally.DeclareCount(CrossRecruiterLeaks);
                tally.DeclareCount(ForgottenRecalled);
            },
            clock);
    }
}
