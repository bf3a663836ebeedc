using System.Globalization;
using Hiring.Evals.Cases;
using Hiring.Evals.Core;
using Hiring.Evals.Judges;

namespace Hiring.Evals.Suites.Sourcing;

/// <summary>
/// Each spec of <c>cases/sourcing</c> against the eval pool: the product's selection (calibration
/// skipped, no feedback) scored against the ground truth's relevant set (<see cref="PoolRelevance"/>),
/// and the loop's shortlist. Metrics: <c>recall@50</c> and <c>ndcg@25</c> (cases with someone relevant),
/// <c>precision@25</c> (every case), <c>shortlist_precision</c> (every shortlisted candidate, all cases).
/// </summary>
public sealed class SourcingSuite : IEvalSuite
{
    public const string Recall = "recall@50";
    public const string Precision = "precision@25";
    public const string Ndcg = "ndcg@25";
    public const string ShortlistPrecision = "shortlist_precision";

    public string Name => "sourcing";

    public SuiteNeeds Needs => SuiteNeeds.Pool;

    public async Task<SuiteReport> RunAsync(EvalRun run, CancellationToken cancellationToken)
    {
        var bench = await SourcingBench.OpenAsync(run, cancellationToken);
        return await SuiteSplits.RunAsync(
            run,
            Name,
            async (evalCase, tally, ct) =>
            {
                var spec = SourcingCase.Read(evalCase.Require("spec"));
                var result = await bench.Selection.RunAsync(bench.Spec(spec), bench.Approved(spec), null, ct);
                return Score(evalCase, bench.Relevant(spec), result, tally);
            },
            [Recall],
            cancellationToken,
            declare: t => t.DeclareCount("relevant"));
    }

    public static CaseResult Score(EvalCase evalCase, IReadOnlySet<string> relevant, SelectionResult result, MetricTally tally)
    {
        var scores = new RetrievalJudge().Evaluate(RetrievalContext.Binary(result.Ranked, relevant, 25, 50));
        var recall = JudgeScores.Number(scores, RetrievalJudge.Recall(50));
        Observe(tally, Recall, recall);
        Observe(tally, Precision, JudgeScores.Number(scores, RetrievalJudge.Precision(25)));
        Observe(tally, Ndcg, JudgeScores.Number(scores, RetrievalJudge.Ndcg(25)));
        foreach (var id in result.Shortlist)
        {
            tally.Ratio(ShortlistPrecision, relevant.Contains(id));
        }

        tally.Count("relevant", relevant.Count);
        tally.Count("shortlisted", result.Shortlist.Count);
        var wrong = result.Shortlist.Where(id => !relevant.Contains(id)).ToList();
        var shortlistScore = result.Shortlist.Count == 0 ? (double?)null : (double)(result.Shortlist.Count - wrong.Count) / result.Shortlist.Count;
        return new CaseResult(
            evalCase.Id,
            wrong.Count == 0 && (recall is null || recall >= 0.8),
            string.Create(CultureInfo.InvariantCulture, $"{relevant.Count} relevant; a shortlist of relevant people only"),
            string.Create(CultureInfo.InvariantCulture, $"recall@50 {Format(recall)}, {result.Shortlist.Count} shortlisted{(wrong.Count == 0 ? "" : $", not relevant: {string.Join(", ", wrong)}")}; {result.Filtered.Describe("the place", "the level")}"),
            [.. JudgeScores.From("retrieval", scores), new JudgeScore("shortlist", "precision", shortlistScore)]);
    }

    private static void Observe(MetricTally tally, string metric, double? value)
    {
        if (value is { } v)
        {
            tally.Mean(metric, v);
        }
    }

    private static string Format(double? value) => value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "n/a";
}
