using Hiring.Contracts.Planning;
using Hiring.Evals.Cases;
using Hiring.Evals.Core;
using Hiring.Evals.Judges;
using Hiring.Reasoning.Planning;
using Hiring.Reasoning.Tasks;
using Hiring.Talent;
using Hiring.Reasoning.Understanding.Titles;

namespace Hiring.Evals.Suites.Planner;

/// <summary>
/// The assistant's first decision about one message: the configured planner (built-in unless
/// --engine llm) gets the message and the conversation state (<see cref="DialogueStates"/>) and is
/// scored on its intent, the project it acts on and the candidate it names. Metrics:
/// <c>intent_accuracy</c>, <c>project_accuracy</c> (intent right and project right, over cases that
/// expect a project), <c>candidate_accuracy</c>.
/// </summary>
public sealed class PlannerSuite : IEvalSuite
{
    public const string IntentAccuracy = "intent_accuracy";
    public const string ProjectAccuracy = "project_accuracy";
    public const string CandidateAccuracy = "candidate_accuracy";

    private readonly ExactFieldsJudge _judge = new();

    public string Name => "planner";

    public SuiteNeeds Needs => SuiteNeeds.None;

    public Task<SuiteReport> RunAsync(EvalRun run, CancellationToken cancellationToken)
    {
        var planner = run.Product.Required<IReasoningTask<PlanRequest, Plan>>();
        var titles = run.Product.Optional<TitleVocabulary>();
        return SuiteSplits.RunAsync(run, Name, (c, tally, ct) => RunCaseAsync(planner, titles, c, tally, ct), [IntentAccuracy, ProjectAccuracy], cancellationToken, Parallelism(run));
    }

    internal static int Parallelism(EvalRun run) => run.Options.Engine == EvalEngine.Llm ? 4 : 1;

    private async Task<CaseResult> RunCaseAsync(IReasoningTask<PlanRequest, Plan> planner, TitleVocabulary? titles, EvalCase evalCase, MetricTally tally, CancellationToken cancellationToken)
    {
        var message = CaseJson.Text(evalCase.Json, "message") ?? throw new InvalidDataException($"Case '{evalCase.Id}' has no message.");
        var expect = evalCase.Require("expect");
        var state = DialogueStates.From(evalCase.Get("state"), titles);
        var plan = await planner.RunAsync(new PlanRequest(message, DialogueStates.Summary(state.Project), Dialogue: state), EvalContexts.Reasoning("planner"), cancellationToken);

        var checks = new List<FieldCheck> { FieldCheck.Exact("intent", CaseJson.Text(expect, "intent"), plan.Intent.ToString(), v => v.ToLowerInvariant()) };
        if (CaseJson.Has(expect, "project"))
        {
            checks.Add(FieldCheck.Exact("project", CaseJson.Text(expect, "project"), ProjectTargets.Of(plan)));
        }

        if (CaseJson.Has(expect, "candidate"))
        {
            checks.Add(FieldCheck.Exact("candidate", CaseJson.Text(expect, "candidate"), plan.Slots.Candidate, TextFolding.Fold));
        }

        var result = _judge.Evaluate(new FieldsContext(checks));
        var intent = JudgeScores.Holds(result, ExactFieldsJudge.FieldPrefix + "intent");
        tally.Ratio(IntentAccuracy, intent);
        if (CaseJson.Has(expect, "project"))
        {
            tally.Ratio(ProjectAccuracy, intent && JudgeScores.Holds(result, ExactFieldsJudge.FieldPrefix + "project"));
        }

        if (CaseJson.Has(expect, "candidate"))
        {
            tally.Ratio(CandidateAccuracy, JudgeScores.Holds(result, ExactFieldsJudge.FieldPrefix + "candidate"));
        }

        var expected = string.Join(", ", checks.Select(c => $"{c.Field} {string.Join(" | ", c.Accepted.DefaultIfEmpty("none"))}"));
        var actual = string.Join(", ", checks.Select(c => $"{c.Field} {c.Actual ?? "none"}")) + $" ({ProjectTargets.Steps(plan)})";
        return new CaseResult(evalCase.Id, checks.All(c => c.Holds), expected, actual, JudgeScores.From(_judge.Name, result));
    }
}
