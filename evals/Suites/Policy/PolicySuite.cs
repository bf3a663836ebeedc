using Hiring.Contracts.Planning;
using Hiring.Evals.Cases;
using Hiring.Evals.Core;
using Hiring.Evals.Judges;
using Hiring.Reasoning.Planning;
using Hiring.Reasoning.Policy;
using Hiring.Reasoning.Tasks;
using Hiring.Reasoning.Understanding.Titles;

namespace Hiring.Evals.Suites.Policy;

/// <summary>
/// The responsible-AI screen before planning: <see cref="IMessagePolicy"/> from the product's services
/// names what it refuses, then the planner reads what remains. Metrics: <c>refusal_recall</c> (of cases
/// expecting refusals, the share where every expected attribute was named), <c>false_refusals</c>
/// (lawful cases refused, a count), <c>proceeds_accuracy</c> (the intent of what remains; null when
/// nothing remains or nothing actionable does). Not available until a message policy is registered.
/// </summary>
public sealed class PolicySuite : IEvalSuite
{
    public const string RefusalRecall = "refusal_recall";
    public const string FalseRefusals = "false_refusals";
    public const string ProceedsAccuracy = "proceeds_accuracy";

    private readonly RefusalJudge _refusals = new();
    private readonly ExactFieldsJudge _fields = new();

    public string Name => "policy";

    public SuiteNeeds Needs => SuiteNeeds.None;

    public Task<SuiteReport> RunAsync(EvalRun run, CancellationToken cancellationToken)
    {
        if (run.Product.Optional<IMessagePolicy>() is not { } policy)
        {
            return Task.FromResult(SuiteReport.NotAvailable(Name, "the product registers no IMessagePolicy yet"));
        }

        var planner = run.Product.Required<IReasoningTask<PlanRequest, Plan>>();
        var titles = run.Product.Optional<TitleVocabulary>();
        return SuiteSplits.RunAsync(
            run,
            Name,
            (c, tally, ct) => RunCaseAsync(policy, planner, titles, c, tally, ct),
            [ProceedsAccuracy],
            cancellationToken,
            Planner.PlannerSuite.Parallelism(run),
            tally => tally.DeclareCount(FalseRefusals));
    }

    private async Task<CaseResult> RunCaseAsync(IMessagePolicy policy, IReasoningTask<PlanRequest, Plan> planner, TitleVocabulary? titles, EvalCase evalCase, MetricTally tally, CancellationToken cancellationToken)
    {
        var message = CaseJson.Text(evalCase.Json, "message") ?? throw new InvalidDataException($"Case '{evalCase.Id}' has no message.");
        var expect = evalCase.Require("expect");
        var expectedRefusals = CaseJson.Strings(expect, "refuse");
        var expectedProceeds = CaseJson.Text(expect, "proceeds");

        var screening = policy.Screen(message);
        var named = screening.Findings.Select(f => f.Attribute).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var refusal = _refusals.Evaluate(new RefusalContext(expectedRefusals, named));
        string? proceeds = null;
        if (screening.Remaining.Any(char.IsLetterOrDigit))
        {
            // Refinements, searches and outreach are said with a project open: the case's state, when it gives one.
            var dialogue = Planner.DialogueStates.From(evalCase.Get("state"), titles);
            var plan = await planner.RunAsync(new PlanRequest(screening.Remaining, Dialogue: dialogue), Suites.EvalContexts.Reasoning("policy"), cancellationToken);
            proceeds = plan.Intent == PlanIntent.Unknown ? null : plan.Intent.ToString();
        }

        var proceedsCheck = FieldCheck.Exact("proceeds", expectedProceeds, proceeds, v => v.ToLowerInvariant());
        var fields = _fields.Evaluate(new FieldsContext([proceedsCheck]));
        var complete = JudgeScores.Holds(refusal, RefusalJudge.Complete);
        var falseRefusal = JudgeScores.Holds(refusal, RefusalJudge.FalseRefusal);
        if (expectedRefusals.Count > 0)
        {
            tally.Ratio(RefusalRecall, complete);
        }
        else if (falseRefusal)
        {
            tally.Count(FalseRefusals);
        }

        tally.Ratio(ProceedsAccuracy, proceedsCheck.Holds);
        return new CaseResult(
            evalCase.Id,
            complete && proceedsCheck.Holds,
            $"refuse [{string.Join(", ", expectedRefusals)}], proceeds {expectedProceeds ?? "none"}",
            $"refused [{string.Join(", ", named)}], proceeds {proceeds ?? "none"}, remaining \"{screening.Remaining}\"",
            [.. JudgeScores.From(_refusals.Name, refusal), .. JudgeScores.From(_fields.Name, fields)]);
    }
}
