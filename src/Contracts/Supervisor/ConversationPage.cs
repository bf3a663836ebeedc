namespace Hiring.Contracts.Supervisor;

/// <summary>A page of the conversation, oldest first.</summary>
/// <param name="Turns">The turns of this page.</param>
/// <param name="Before">Pass as "before" to read the page preceding this one; null at the start.</param>
[GenerateSerializer, Immutable, Alias("hiring.supervisor.conversation-page")]
public sealed record ConversationPage(
    [property: Id(0)] IReadOnlyList<ConversationTurn> Turns,
    [property: Id(1)] long? Before);
