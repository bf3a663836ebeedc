namespace Hiring.Contracts.Evaluation;

/// <summary>A verbatim quote from the (masked) profile or resume.</summary>
/// <param name="Section">Where it is: "headline", "summary", "skills", "experience[i].title", "experience[i].description", "education[i]".</param>
/// <param name="Text">The quoted text, exactly as it appears there.</param>
[GenerateSerializer, Immutable, Alias("hiring.evaluation.quote")]
public sealed record EvidenceQuote(
    [property: Id(0)] string Section,
    [property: Id(1)] string Text);
