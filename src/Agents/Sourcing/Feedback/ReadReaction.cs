namespace Hiring.Agents.Sourcing.Feedback;

/// <summary>What the recruiter's words say about one candidate shown.</summary>
/// <param name="Candidate">The candidate.</param>
/// <param name="Liked">True for "looks right", false for "not a fit".</param>
/// <param name="Reason">The reason, when one was given.</param>
/// <param name="MoreLikeThis">"More like her": the candidate is a model for the search.</param>
/// <param name="Words">The clause that said it.</param>
public sealed record ReadReaction(ShownCandidate Candidate, bool Liked, FeedbackReason Reason, bool MoreLikeThis, string Words);
