namespace Hiring.Evals.Suites.Dialogue;

/// <summary>
/// Multi-turn conversations through the real assistant (<see cref="ConversationSuite"/>): qualification
/// changes are applied at once, searches wait. Metrics: <c>dialogue_accuracy</c> (cases whose every
/// expectation held), <c>turn_accuracy</c>, <c>final_accuracy</c>. With LLM judges, each reply is also
/// scored by judges/reply-quality.
/// </summary>
public sealed class DialogueSuite : ConversationSuite
{
    public const string DialogueAccuracy = "dialogue_accuracy";
    public const string TurnAccuracy = "turn_accuracy";
    public const string FinalAccuracy = "final_accuracy";

    public override string Name => "dialogue";

    protected override ConversationPolicy Policy => ConversationPolicy.Dialogue;
}
