using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;

namespace Hiring.Reasoning.Planning;

/// <summary>
/// Where the conversation stands when a message arrives, the same for both planners: the project the
/// recruiter is working on and the question the assistant left open.
/// </summary>
/// <param name="Project">The open project, or null when none.</param>
/// <param name="Question">The open question, or null when none.</param>
public sealed record DialogueState(OpenProject? Project, OpenQuestion? Question)
{
    public static DialogueState None { get; } = new(null, null);
}
