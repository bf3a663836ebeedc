namespace Hiring.Contracts.Outreach;

/// <summary>A reply the candidate posted on the page of a signed link.</summary>
/// <param name="ThreadId">The thread the signed link names.</param>
/// <param name="MessageId">The message the signed link names.</param>
/// <param name="ClientToken">The page form's one-time token: the same form posted twice is one reply.</param>
/// <param name="Text">What the candidate wrote.</param>
[GenerateSerializer, Immutable, Alias("hiring.outreach.candidate-reply-input")]
public sealed record CandidateReplyInput(
    [property: Id(0)] string ThreadId,
    [property: Id(1)] string MessageId,
    [property: Id(2)] string ClientToken,
    [property: Id(3)] string Text);
