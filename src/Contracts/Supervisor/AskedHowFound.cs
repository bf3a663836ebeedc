namespace Hiring.Contracts.Supervisor;

/// <summary>
/// The outreach agent's word that a candidate of the message's project asked how they were found (or
/// where their details came from). Carried by a message so the answer is drafted from the records and
/// its send approval asked through the supervisor like every other message to a candidate.
/// </summary>
/// <param name="CandidateId">The candidate who asked, in the message's project.</param>
[GenerateSerializer, Immutable, Alias("hiring.supervisor.asked-how-found")]
public sealed record AskedHowFound([property: Id(0)] string CandidateId);
