using Hiring.Agents.SubAgents;
using Hiring.Contracts.Planning;

namespace Hiring.Agents.Outreach.Steps;

/// <summary>
/// Input of send-message, as the approvals inbox shows it: the candidate (under "candidates", so the
/// inbox names who it is), and the subject and text the recruiter may edit before approving.
/// </summary>
/// <param name="Candidates">The one candidate the message goes to.</param>
/// <param name="Subject">The subject line.</param>
/// <param name="Text">The body.</param>
/// <param name="Project">The project, when the command names none.</param>
[GenerateSerializer, Immutable, Alias("hiring.outreach.send-message-input")]
public sealed record SendMessageInput(
    [property: Id(0)][StepValue(StepValueNames.Candidates)] IReadOnlyList<string> Candidates,
    [property: Id(1)][StepValue(StepValueNames.Subject)] string Subject,
    [property: Id(2)][StepValue(StepValueNames.Text)] string Text,
    [property: Id(3)][StepValue(StepValueNames.Project)] string? Project = null);
