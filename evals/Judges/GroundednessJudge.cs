using Microsoft.Extensions.AI.Evaluation;

namespace Hiring.Evals.Judges;

/// <summary>
/// Evidence groundedness: <c>groundedness</c> is the share of quotes found verbatim in the section
/// they name (case-sensitive; runs of whitespace count as one space, since a quote may cross a line
/// break). A quote naming a section the source does not have is not grounded. No quotes: 1 (nothing unfounded).
/// </summary>
public sealed class GroundednessJudge : DeterministicJudge<GroundednessContext>
{
    public const string Groundedness = "groundedness";
    public const string Ungrounded = "ungrounded";

    public override string Name => "groundedness";

    public override IReadOnlyCollection<string> EvaluationMetricNames => [Groundedness, Ungrounded];

    public static bool IsGrounded(Quote quote, IReadOnlyDictionary<string, string> sections)
    {
        var section = sections.FirstOrDefault(s => string.Equals(s.Key, quote.Section, StringComparison.OrdinalIgnoreCase)).Value;
        var text = Squash(quote.Text);
        return section is not null && text.Length > 0 && Squash(section).Contains(text, StringComparison.Ordinal);
    }

    protected override EvaluationResult Score(GroundednessContext context)
    {
        var ungrounded = context.Quotes.Where(q => !IsGrounded(q, context.Sections)).ToList();
        var share = context.Quotes.Count == 0 ? 1.0 : (double)(context.Quotes.Count - ungrounded.Count) / context.Quotes.Count;
        return new EvaluationResult(
            new NumericMetric(Groundedness, share, context.Quotes.Count == 0 ? "no quotes" : $"{context.Quotes.Count - ungrounded.Count} of {context.Quotes.Count} quotes found"),
            new StringMetric(Ungrounded, string.Join(" | ", ungrounded.Select(q => $"{q.Section}: \"{q.Text}\""))));
    }

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
