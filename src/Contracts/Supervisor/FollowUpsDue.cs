namespace Hiring.Contracts.Supervisor;

/// <summary>
/// The outreach agent's word that follow-ups are due: the candidates of a project whose thread had
/// no reply for the configured days. Carried by a message so the follow-ups are drafted and their
/// send approvals asked through the supervisor like every other action.
/// </summary>
/// <param name="CandidateIds">The candidates whose follow-up is due, in the message's project.</param>
[GenerateSerializer, Immutable, Alias("hiring.supervisor.follow-ups-due")]
public sealed record FollowUpsDue([property: Id(0)] IReadOnlyList<string> CandidateIds);
