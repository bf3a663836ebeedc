using Hiring.Agents.SubAgents;
using Hiring.Contracts.Planning;

namespace Hiring.Agents.Intake.Steps;

/// <summary>Input of create-project.</summary>
/// <param name="Request">The recruiter's request or job description (with an answer: what the question was about).</param>
/// <param name="Text">The text to read when there is no request.</param>
/// <param name="Answer">The recruiter's answer to intake's question.</param>
[GenerateSerializer, Immutable, Alias("hiring.intake.create-project-input")]
public sealed record CreateProjectInput(
    [property: Id(0)][StepValue(StepValueNames.Request)] string? Request = null,
    [property: Id(1)][StepValue(StepValueNames.Text)] string? Text = null,
    [property: Id(2)][StepValue(StepValueNames.Answer)] string? Answer = null)
{
    /// <summary>The recruiter's text: the request, else the text.</summary>
    public string Words => Request ?? Text ?? "";
}
