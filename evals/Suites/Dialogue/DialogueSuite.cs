using Hiring.Evals.Core;
using Hiring.Evals.Suites.Spec;
using Hiring.Talent.Search;

namespace Hiring.Evals.Suites.Dialogue;

/// <summary>
/// Multi-turn conversations through the real assistant on an in-process silo (<see cref="DialogueSilo"/>).
/// Metrics: <c>dialogue_accuracy</c> (cases whose every expectation held), <c>turn_accuracy</c> (turns
/// whose expectations held), <c>final_accuracy</c> (the final project checks). With LLM judges, each
/// reply is also scored by judges/reply-quality.
/// </summary>
public sealed class DialogueSuite : IEvalSuite
{
    public const string DialogueAccuracy = "dialogue_accuracy";
    public const string TurnAccuracy = "turn_accuracy";
    public const string FinalAccuracy = "final_accuracy";
    private const int Parallelism = 4;

    public string Name => "dialogue";

    public SuiteNeeds Needs => SuiteNeeds.Silo;

    /// <summary>How long one turn may take before the case fails (model calls included).</summary>
    public TimeSpan TurnDeadline { get; init; } = TimeSpan.FromSeconds(90);

    public Task<SuiteReport> RunAsync(EvalRun run, CancellationToken cancellationToken) =>
        SiloSuiteRun.RunAsync(
            run,
            Name,
            silo =>
            {
                var canonical = new TaxonomyCanonicalizer(run.Product.Required<TalentTaxonomy>());
                return new DialogueConversation(silo.Grains, new SpecComparison(canonical), canonical, run.Judges, TurnDeadline).RunAsync;
            },
            [DialogueAccuracy],
            Parallelism,
            cancellationToken);
}
