using Hiring.Agents.SubAgents;
using Hiring.Contracts.Planning;

namespace Hiring.Agents.Evaluation.Steps;

/// <summary>Input of shortlist: the candidates to move (as approved, possibly edited), else the proposed shortlist.</summary>
[GenerateSerializer, Immutable, Alias("hiring.evaluation.shortlist-input")]
public sealed record ShortlistInput(
    [property: Id(0)][StepValue(StepValueNames.Candidates)] IReadOnlyList<string>? Candidates = null,
    [property: Id(1)][StepValue(StepValueNames.Shortlist)] IReadOnlyList<string>? Proposed = null);
