using Hiring.Contracts.Talent;
using Hiring.Talent.Store;

namespace Hiring.Talent.Synthetic;

/// <summary>One generated person: the profile as any pool holds it, plus what only the generator knows.</summary>
public sealed record SyntheticPerson(CandidateProfile Profile, ProtectedAttributes Protected, GroundTruthRecord Truth, IReadOnlyList<SyntheticRole> Roles);
