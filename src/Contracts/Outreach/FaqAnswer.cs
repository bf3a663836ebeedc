using Hiring.Contracts.Reasoning;

namespace Hiring.Contracts.Outreach;

/// <summary>The reply to a candidate's question, drawn only from the job's FAQ.</summary>
/// <param name="Answered">True when the FAQ answers the question; false when the question goes to the recruiter.</param>
/// <param name="Text">The reply to send: the answer, or an honest hand-off saying the recruiter will follow up.</param>
/// <param name="MatchedQuestion">The FAQ question the answer came from; null on a hand-off.</param>
/// <param name="Confidence">How sure the engine is that the FAQ entry answers the question, 0 to 1.</param>
/// <param name="Provenance">Engine, model and prompt version that produced the reply.</param>
[GenerateSerializer, Immutable, Alias("hiring.outreach.faq-answer")]
public sealed record FaqAnswer(
    [property: Id(0)] bool Answered,
    [property: Id(1)] string Text,
    [property: Id(2)] string? MatchedQuestion,
    [property: Id(3)] double Confidence,
    [property: Id(4)] Provenance Provenance);
