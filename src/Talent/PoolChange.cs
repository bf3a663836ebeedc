using Hiring.Contracts.Talent;

namespace Hiring.Talent;

/// <summary>One entry of <see cref="IProfileChangeFeed"/>: the profile as stored at change <paramref name="Change"/>, or null when the person was erased then.</summary>
public sealed record PoolChange(long Change, string Id, CandidateProfile? Profile);
