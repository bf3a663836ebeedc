using Hiring.Agents.SubAgents;
using Hiring.Contracts.Planning;

namespace Hiring.Agents.Memory.Steps;

/// <summary>Input of recall: the recruiter's question.</summary>
[GenerateSerializer, Immutable, Alias("hiring.memory.recall-input")]
public sealed record RecallInput([property: Id(0)][StepValue(StepValueNames.Request)] string? Request = null);
