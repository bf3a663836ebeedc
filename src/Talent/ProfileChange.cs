using Hiring.Contracts.Talent;

namespace Hiring.Talent;

/// <summary>A profile as the change feed gives it: the number its latest insert or update took in its pool.</summary>
public sealed record ProfileChange(long Change, CandidateProfile Profile);
