using Hiring.Talent;

namespace Hiring.Agents.Privacy;

/// <summary>What an erasure did.</summary>
/// <param name="CandidateId">The erased id.</param>
/// <param name="Tombstones">One per pool the person was erased from (the first one, when erased before).</param>
/// <param name="Projects">Project keys ("{tenant}/{project}") that held the person and forgot them now.</param>
/// <param name="EntriesRedacted">Log entries that named the person and were redacted now.</param>
/// <param name="StatesRedacted">Agents' states that held the person and let go of them now (see <see cref="GrainStateEraser"/>).</param>
public sealed record CandidateErasure(string CandidateId, IReadOnlyList<CandidateTombstone> Tombstones, IReadOnlyList<string> Projects, int EntriesRedacted, int StatesRedacted);
