namespace Hiring.Contracts.Supervisor;

/// <summary>One turn of the recruiter's conversation with the assistant.</summary>
/// <param name="Sequence">Position in the conversation (1, 2, …).</param>
/// <param name="Role">Who said it.</param>
/// <param name="Text">What was said.</param>
/// <param name="At">When.</param>
/// <param name="ClientMessageId">For recruiter turns, the client's message id; for replies, the message replied to.</param>
[GenerateSerializer, Immutable, Alias("hiring.supervisor.conversation-turn")]
public sealed record ConversationTurn(
    [property: Id(0)] long Sequence,
    [property: Id(1)] ConversationRole Role,
    [property: Id(2)] string Text,
    [property: Id(3)] DateTimeOffset At,
    [property: Id(4)] string? ClientMessageId = null);
