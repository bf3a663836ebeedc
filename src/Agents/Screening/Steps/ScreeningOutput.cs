using Hiring.Agents.SubAgents;
using Hiring.Contracts.Planning;

namespace Hiring.Agents.Screening.Steps;

/// <summary>Output of prepare-questions and summarize-transcript: the candidates whose card now holds the questions or the summary.</summary>
[GenerateSerializer, Immutable, Alias("hiring.screening.output")]
public sealed record ScreeningOutput([property: Id(0)][StepValue(StepValueNames.CandidateId)] IReadOnlyList<string> Candidates);
