using Hiring.Agents.Intake;
using Hiring.Contracts.Planning;
using Hiring.Evals.Cases;
using Hiring.Evals.Core;
using Hiring.Evals.Judges;
using Hiring.Evals.Suites.Spec;
using Hiring.Reasoning.Planning;
using Hiring.Reasoning.Tasks;
using Hiring.Talent.Search;

namespace Hiring.Evals.Suites.Intake;

/// <summary>
/// One input → the job spec: the planner reads the input first (as in the product, its slots go to
/// intake), then the intake extraction task; each expected key is compared (<see cref="SpecComparison"/>).
/// Metrics: <c>field_accuracy</c> (right fields over checked fields, over all cases) and <c>{field}_accuracy</c>.
/// </summary>
public sealed class IntakeSuite : IEvalSuite
{
    public const string FieldAccuracy = "field_accuracy";

    public string Name => "intake";

    public SuiteNeeds Needs => SuiteNeeds.None;

    public static string FieldMetric(string field) => $"{field}_accuracy";

    public Task<SuiteReport> RunAsync(EvalRun run, CancellationToken cancellationToken)
    {
        var planner = run.Product.Required<IReasoningTask<PlanRequest, Plan>>();
        var intake = run.Product.Required<IReasoningTask<IntakeRequest, JobDraft>>();
        var comparison = new SpecComparison(new TaxonomyCanonicalizer(run.Product.Required<TalentTaxonomy>()));
        return SuiteSplits.RunAsync(run, Name, (c, tally, ct) => RunCaseAsync(planner, intake, comparison, c, tally, ct), [FieldAccuracy], cancellationToken, Planner.PlannerSuite.Parallelism(run));
    }

    private static async Task<CaseResult> RunCaseAsync(
        IReasoningTask<PlanRequest, Plan> planner,
        IReasoningTask<IntakeRequest, JobDraft> intake,
        SpecComparison comparison,
        EvalCase evalCase,
        MetricTally tally,
        CancellationToken cancellationToken)
    {
        var input = CaseJson.Text(evalCase.Json, "input") ?? throw new InvalidDataException($"Case '{evalCase.Id}' has no input.");
        var expected = new SpecExpectation(evalCase.Require("expect"));
        var context = EvalContexts.Reasoning("intake");
        var plan = await planner.RunAsync(new PlanRequest(input), context, cancellationToken);
        var draft = await intake.RunAsync(new IntakeRequest(input, plan.Slots), context, cancellationToken);

        var fields = comparison.Compare(expected, SpecActual.From(draft));
        foreach (var field in fields)
        {
            tally.Ratio(FieldAccuracy, field.Holds);
            tally.Ratio(FieldMetric(field.Field), field.Holds);
        }

        var wrong = fields.Where(f => !f.Holds).ToList();
        return new CaseResult(
            evalCase.Id,
            wrong.Count == 0,
            string.Join("; ", wrong.Select(f => $"{f.Field}: {f.Expected}")),
            string.Join("; ", wrong.Select(f => $"{f.Field}: {f.Actual}")),
            [.. fields.Select(f => new JudgeScore("spec-fields", f.Field, f.Holds ? 1 : 0))]);
    }
}
