using Microsoft.Extensions.AI.Evaluation;

namespace Hiring.Evals.Judges;

/// <summary>What <see cref="GroundednessJudge"/> checks: the quotes and the text of each section of the source (the profile).</summary>
public sealed class GroundednessContext(IReadOnlyList<Quote> quotes, IReadOnlyDictionary<string, string> sections)
    : EvaluationContext("groundedness", $"{quotes.Count} quotes against sections {string.Join(", ", sections.Keys)}")
{
    public IReadOnlyList<Quote> Quotes { get; } = quotes;

    public IReadOnlyDictionary<string, string> Sections { get; } = sections;
}
