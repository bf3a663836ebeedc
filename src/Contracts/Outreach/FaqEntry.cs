namespace Hiring.Contracts.Outreach;

/// <summary>One question and answer of a job's FAQ, written or approved by the recruiter.</summary>
/// <param name="Question">The question as candidates tend to ask it.</param>
/// <param name="Answer">The approved answer.</param>
[GenerateSerializer, Immutable, Alias("hiring.outreach.faq-entry")]
public sealed record FaqEntry(
    [property: Id(0)] string Question,
    [property: Id(1)] string Answer);
