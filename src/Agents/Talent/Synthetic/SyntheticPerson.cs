using Hiring.Agents.Talent.Store;
using Hiring.Contracts.Talent;

namespace Hiring.Agents.Talent.Synthetic;

/// <summary>One generated person: the profile as any pool holds it, plus what only the generator knows.</summary>
public sealed record SyntheticPerson(CandidateProfile Profile, ProtectedAttributes Protected, GroundTruthRecord Truth, IReadOnlyList<SyntheticRole> Roles);
