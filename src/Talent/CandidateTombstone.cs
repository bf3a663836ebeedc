namespace Hiring.Talent;

/// <summary>
/// What is kept of an erased candidate: which pool erased which id, when and on whose request, and
/// no personal data. The id alone is enough to refuse the person again: an imported person's id is
/// already a one-way hash of their identity key (their email, else their name, first employer and
/// first school; see <c>ProfileIdentity</c>), and a synthetic person's id is fixed by the seed.
/// </summary>
/// <param name="Scope">The pool the profile was erased from.</param>
/// <param name="CandidateId">The erased profile's id.</param>
/// <param name="ErasedAt">When it was erased.</param>
/// <param name="ErasedBy">The operator who erased it (a principal such as "acme/ops").</param>
public sealed record CandidateTombstone(TalentPoolScope Scope, string CandidateId, DateTimeOffset ErasedAt, string ErasedBy);
