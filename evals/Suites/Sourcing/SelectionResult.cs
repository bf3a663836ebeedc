using Hiring.Agents.Sourcing;
using Hiring.Contracts.Evaluation;

namespace Hiring.Evals.Suites.Sourcing;

/// <summary>What the product's sourcing did for one spec.</summary>
/// <param name="Ranked">The selection: the first search's candidates, best first (up to 50).</param>
/// <param name="Evaluated">Every candidate the loop evaluated (assessed), in order.</param>
/// <param name="Shortlist">The loop's final shortlist (through the shortlist gate).</param>
/// <param name="Iterations">How many searches the loop ran.</param>
/// <param name="Filtered">What the constraint filter did to the first search's hits.</param>
public sealed record SelectionResult(IReadOnlyList<string> Ranked, IReadOnlyList<CandidateEvaluation> Evaluated, IReadOnlyList<string> Shortlist, int Iterations, FilterReport Filtered);
