using Hiring.Contracts.Talent;
using Hiring.Talent;

namespace Hiring.Agents.Privacy;

/// <summary>
/// "How did you find me?", answered from what is recorded: where the profile came from and, for each
/// of the tenant's projects that holds the person, the query that found them (null when they were added
/// another way). After an erasure only the tombstone is left, and the answer is that nothing is held.
/// </summary>
/// <param name="CandidateId">The person asked about.</param>
/// <param name="Source">The profile's pool, origin and import reference; null once erased.</param>
/// <param name="Projects">The tenant's projects that hold the person, with the query that found them.</param>
/// <param name="Erased">The tombstone, when the person was erased (then nothing else is held).</param>
public sealed record ProvenanceReport(string CandidateId, ProfileSource? Source, IReadOnlyList<ProvenanceProject> Projects, CandidateTombstone? Erased);
