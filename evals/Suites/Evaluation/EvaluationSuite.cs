using Hiring.Agents.Evaluation;
using Hiring.Agents.Intake;
using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Projects;
using Hiring.Evals.Cases;
using Hiring.Evals.Core;
using Hiring.Evals.Judges;
using Hiring.Evals.Suites.Pool;
using Hiring.Reasoning.Policy;
using Hiring.Reasoning.Tasks;
using Hiring.Talent;

namespace Hiring.Evals.Suites.Evaluation;

/// <summary>
/// A candidate and requirements → a verdict per requirement, by the product: the hand-written cases'
/// JSON Resumes imported through the product's JSON Resume import, and cases drawn from the eval pool
/// with ground-truth verdicts (<see cref="GeneratedCases"/>, dev or blind by a stable hash of the id);
/// requirements read into qualifications by intake's requirement reader and drafter; the profile
/// masked; the evaluation task (the built-in evaluator with the pool's "today", or the configured
/// model). Metrics: <c>met_precision</c>, <c>groundedness</c> (every quote verbatim in its section;
/// must be 1), <c>verdict_accuracy</c>.
/// </summary>
public sealed class EvaluationSuite : IEvalSuite
{
    public const string MetPrecision = "met_precision";
    public const string Groundedness = "groundedness";
    public const string VerdictAccuracy = "verdict_accuracy";

    public string Name => "evaluation";

    public SuiteNeeds Needs => SuiteNeeds.Pool;

    public async Task<SuiteReport> RunAsync(EvalRun run, CancellationToken cancellationToken)
    {
        var product = await PoolProduct.OpenAsync(run, cancellationToken);
        var reader = run.Product.Required<RequirementReader>();
        var drafter = run.Product.Required<QualificationDrafter>();
        var splits = new List<SplitReport>();
        foreach (var split in run.Splits)
        {
            CaseFileRead read;
            try
            {
                read = run.Cases.Load(Name, split);
            }
            catch (CaseFileException e)
            {
                return SuiteReport.Broken(Name, e.Message);
            }

            IReadOnlyList<EvalCase> cases = [.. read.Cases, .. GeneratedCases.For(product.Pool, split)];
            splits.Add(await SplitRunner.RunAsync(split, cases, (c, tally, ct) => RunCaseAsync(product, reader, drafter, c, tally, ct), [VerdictAccuracy], 1, cancellationToken));
        }

        return new SuiteReport(Name, SuiteStatus.Ran, splits);
    }

    private static async Task<CaseResult> RunCaseAsync(PoolProduct product, RequirementReader reader, QualificationDrafter drafter, EvalCase evalCase, MetricTally tally, CancellationToken cancellationToken)
    {
        var prepared = ResumeCases.IsGenerated(evalCase)
            ? await GeneratedAsync(product, evalCase, cancellationToken)
            : await ResumeCases.ReadAsync(evalCase, cancellationToken);
        var qualifications = prepared.Requirements
            .Select((r, i) => drafter.Create($"q{i + 1}", reader.Read(r.Text, r.Kind), QualificationOrigin.Request) with { Approved = true })
            .ToList();
        var masked = product.Masker.Mask(prepared.Profile);
        var evaluation = await product.Evaluator.RunAsync(new EvaluationRequest(masked, qualifications, prepared.Spec), EvalContexts.Reasoning("evaluation"), cancellationToken);
        return Score(evalCase, prepared, qualifications, masked, evaluation, tally);
    }

    public static CaseResult Score(EvalCase evalCase, EvaluationCase prepared, IReadOnlyList<Qualification> qualifications, Contracts.Talent.CandidateProfile masked, CandidateEvaluation evaluation, MetricTally tally)
    {
        var pairs = qualifications.Select((q, i) => new VerdictPair(
            prepared.Requirements[i].Text,
            prepared.Requirements[i].Expect,
            Verdict(evaluation.Assessments.FirstOrDefault(a => a.QualificationId == q.Id)?.Verdict ?? AssessmentVerdict.Unknown))).ToList();
        var verdicts = new VerdictAgreementJudge().Evaluate(new VerdictContext(pairs));
        var quotes = evaluation.Assessments.SelectMany(a => a.Evidence).Concat((evaluation.Constraints ?? []).SelectMany(c => c.Evidence)).Select(q => new Quote(q.Section, q.Text)).ToList();
        var sections = ProfileSections.All(masked).ToDictionary(s => s.Name, s => s.Text, StringComparer.Ordinal);
        var grounded = new GroundednessJudge().Evaluate(new GroundednessContext(quotes, sections));

        foreach (var pair in pairs)
        {
            var expected = VerdictAgreementJudge.Normalize(pair.Expected);
            var actual = VerdictAgreementJudge.Normalize(pair.Actual);
            tally.Ratio(VerdictAccuracy, expected == actual);
            if (actual == VerdictAgreementJudge.Met)
            {
                tally.Ratio(MetPrecision, expected == VerdictAgreementJudge.Met);
            }
        }

        foreach (var quote in quotes)
        {
            tally.Ratio(Groundedness, GroundednessJudge.IsGrounded(quote, sections));
        }

        tally.Count(ResumeCases.IsGenerated(evalCase) ? "pool_cases" : "resume_cases");
        var wrong = pairs.Where(p => VerdictAgreementJudge.Normalize(p.Expected) != VerdictAgreementJudge.Normalize(p.Actual)).ToList();
        var ungrounded = JudgeScores.From("groundedness", grounded).FirstOrDefault(s => s.Metric == GroundednessJudge.Ungrounded)?.Reason ?? "";
        return new CaseResult(
            evalCase.Id,
            wrong.Count == 0 && quotes.All(q => GroundednessJudge.IsGrounded(q, sections)),
            string.Join("; ", wrong.Select(p => $"{p.Requirement}: {p.Expected}")),
            string.Join("; ", wrong.Select(p => $"{p.Requirement}: {p.Actual}")) + (ungrounded.Length > 0 ? $" ungrounded: {ungrounded}" : ""),
            [.. JudgeScores.From("verdict-agreement", verdicts), .. JudgeScores.From("groundedness", grounded)]);
    }

    private static async Task<EvaluationCase> GeneratedAsync(PoolProduct product, EvalCase evalCase, CancellationToken cancellationToken)
    {
        var id = CaseJson.Text(evalCase.Json, GeneratedCases.CandidateProperty)!;
        var profile = await product.Pool.Profiles.GetAsync(TalentPoolScope.Public, id, cancellationToken)
            ?? throw new InvalidDataException($"The eval pool has no profile '{id}'.");
        return GeneratedCases.Build(product.Pool.Truth[id], profile);
    }

    private static string Verdict(AssessmentVerdict verdict) => verdict switch
    {
        AssessmentVerdict.Met => "met",
        AssessmentVerdict.NotMet => "not-met",
        AssessmentVerdict.Partial => "partial",
        _ => "unknown",
    };
}
