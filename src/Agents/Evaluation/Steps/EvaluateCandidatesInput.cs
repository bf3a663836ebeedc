using Hiring.Agents.SubAgents;
using Hiring.Contracts.Planning;

namespace Hiring.Agents.Evaluation.Steps;

/// <summary>Input of evaluate-candidates.</summary>
/// <param name="Candidates">Who to evaluate; none (or only a calibration batch waiting) evaluates the pipeline's Sourced ones not yet evaluated.</param>
/// <param name="Count">How many good matches to propose for the shortlist; else the configured size.</param>
/// <param name="Iteration">The sourcing loop's iteration, when the loop runs: the evaluation then hands back to refine-search.</param>
/// <param name="Rescore">True when the qualifications changed and the listed candidates are scored again to re-rank the pipeline: nothing is proposed for the shortlist.</param>
[GenerateSerializer, Immutable, Alias("hiring.evaluation.evaluate-candidates-input")]
public sealed record EvaluateCandidatesInput(
    [property: Id(0)][StepValue(StepValueNames.Candidates)] IReadOnlyList<string>? Candidates = null,
    [property: Id(1)][StepValue(StepValueNames.Count)] int? Count = null,
    [property: Id(2)][StepValue(StepValueNames.Iteration)] int? Iteration = null,
    [property: Id(3)][StepValue(StepValueNames.Rescore)] bool? Rescore = null);
