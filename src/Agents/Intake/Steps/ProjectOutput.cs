using Hiring.Agents.SubAgents;
using Hiring.Contracts.Planning;

namespace Hiring.Agents.Intake.Steps;

/// <summary>Output of intake's steps: the project worked on (none while a question waits).</summary>
[GenerateSerializer, Immutable, Alias("hiring.intake.project-output")]
public sealed record ProjectOutput([property: Id(0)][StepValue(StepValueNames.Project)] string? Project = null);
