using Hiring.Agents.SubAgents;
using Hiring.Contracts.Planning;

namespace Hiring.Agents.Evaluation.Steps;

/// <summary>Output of shortlist: the ids moved to Shortlisted.</summary>
[GenerateSerializer, Immutable, Alias("hiring.evaluation.shortlist-output")]
public sealed record ShortlistOutput([property: Id(0)][StepValue(StepValueNames.ShortlistedIds)] IReadOnlyList<string> Shortlisted);
