using Microsoft.Extensions.AI.Evaluation;

namespace Hiring.Evals.Judges;

/// <summary>
/// Verdict agreement: <c>verdict_agreement</c> (share of requirements whose verdict is the expected
/// one) and <c>met_precision</c> (of the verdicts "met", the share expected "met"; no value when
/// nothing was judged met). Verdicts compare case- and separator-insensitively ("Not met" = "not-met").
/// </summary>
public sealed class VerdictAgreementJudge : DeterministicJudge<VerdictContext>
{
    public const string Agreement = "verdict_agreement";
    public const string MetPrecision = "met_precision";
    public const string Met = "met";

    public override string Name => "verdict-agreement";

    public override IReadOnlyCollection<string> EvaluationMetricNames => [Agreement, MetPrecision];

    public static string Normalize(string verdict) => verdict.Trim().ToLowerInvariant().Replace('_', '-').Replace(' ', '-');

    protected override EvaluationResult Score(VerdictContext context)
    {
        var pairs = context.Verdicts.Select(v => (v.Requirement, Expected: Normalize(v.Expected), Actual: Normalize(v.Actual))).ToList();
        var agree = pairs.Count(p => p.Expected == p.Actual);
        var met = pairs.Where(p => p.Actual == Met).ToList();
        var wrong = pairs.Where(p => p.Expected != p.Actual).Select(p => $"{p.Requirement}: expected {p.Expected}, got {p.Actual}");
        return new EvaluationResult(
            new NumericMetric(Agreement, pairs.Count == 0 ? null : (double)agree / pairs.Count, string.Join("; ", wrong)),
            new NumericMetric(MetPrecision, met.Count == 0 ? null : (double)met.Count(p => p.Expected == Met) / met.Count));
    }
}
