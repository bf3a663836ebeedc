using Hiring.Agents.SubAgents;
using Hiring.Contracts.Planning;

namespace Hiring.Agents.Learning.Steps;

/// <summary>Output of apply-learning: the qualification added or changed (none when nothing changed or one was dropped).</summary>
[GenerateSerializer, Immutable, Alias("hiring.learning.apply-output")]
public sealed record ApplyLearningOutput([property: Id(0)][StepValue(StepValueNames.QualificationId)] string? QualificationId = null);
