using Hiring.Agents.SubAgents;
using Hiring.Contracts.Planning;

namespace Hiring.Agents.Intake.Steps;

/// <summary>Input of refine-requirements: the recruiter's words about the change, and the project when the command names none.</summary>
[GenerateSerializer, Immutable, Alias("hiring.intake.refine-requirements-input")]
public sealed record RefineRequirementsInput(
    [property: Id(0)][StepValue(StepValueNames.Request)] string? Request = null,
    [property: Id(1)][StepValue(StepValueNames.Text)] string? Text = null,
    [property: Id(2)][StepValue(StepValueNames.Project)] string? Project = null)
{
    /// <summary>The recruiter's text: the request, else the text.</summary>
    public string Words => Request ?? Text ?? "";
}
