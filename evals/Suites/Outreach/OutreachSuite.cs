using Hiring.Agents.Evaluation;
using Hiring.Agents.Outreach.Drafting;
using Hiring.Contracts.Talent;
using Hiring.Evals.Cases;
using Hiring.Evals.Core;
using Hiring.Evals.Judges;
using Hiring.Evals.Judges.Llm;
using Hiring.Reasoning.Policy;
using Hiring.Reasoning.Tasks;
using Microsoft.Extensions.AI;

namespace Hiring.Evals.Suites.Outreach;

/// <summary>
/// The outreach draft, written as <c>DraftMessageStep</c> writes it (the product's outreach-draft task:
/// the built-in <see cref="OutreachComposer"/>, or the model with --engine llm), for each case's profile,
/// job and settings; the first message is judged by <see cref="OutreachJudge"/>, and with --judge llm
/// also by the personalization rubric (prompts/judges/outreach-personalization), which scores but never
/// decides whether a case passed. Metrics: <c>fact_citation</c> (the share of drafts citing
/// a true profile fact, verbatim in its section, in the message), <c>policy_violations</c> (drafts the
/// message policy refuses), <c>promise_violations</c> (drafts promising beyond the spec and FAQ, by the
/// product's <see cref="PromiseCheck"/>) and <c>length_within</c> (drafts within their length limit).
/// The recruiter's instruction is not an input of the built-in composer; it is the LLM judge's context.
/// </summary>
public sealed class OutreachSuite : IEvalSuite
{
    public const string FactCitation = "fact_citation";
    public const string PolicyViolations = "policy_violations";
    public const string PromiseViolations = "promise_violations";
    public const string LengthWithin = "length_within";

    public string Name => "outreach";

    public SuiteNeeds Needs => SuiteNeeds.None;

    public Task<SuiteReport> RunAsync(EvalRun run, CancellationToken cancellationToken)
    {
        if (run.Product.Optional<IMessagePolicy>() is not { } policy)
        {
            return Task.FromResult(SuiteReport.NotAvailable(Name, "the product registers no IMessagePolicy yet"));
        }

        var writer = new CaseWriter(
            run.Product.Required<IReasoningTask<OutreachRequest, OutreachDraft>>(),
            run.Product.Required<PromiseCheck>(),
            run.Product.Required<OutreachTemplates>(),
            new OutreachJudge(policy),
            run.Judges);
        return SuiteSplits.RunAsync(
            run,
            Name,
            async (c, tally, ct) => await RunCaseAsync(writer, c, await OutreachCase.ReadAsync(c, ct), tally, ct),
            [FactCitation, LengthWithin],
            cancellationToken,
            declare: tally =>
            {
                tally.DeclareCount(PolicyViolations);
                tally.DeclareCount(PromiseViolations);
            });
    }

    /// <summary>The sections a cited fact may name: the evaluation's sections and each role's company.</summary>
    public static IReadOnlyDictionary<string, string> Sections(CandidateProfile profile)
    {
        var sections = ProfileSections.All(profile).ToDictionary(s => s.Name, s => s.Text, StringComparer.Ordinal);
        for (var i = 0; i < profile.Experiences.Count; i++)
        {
            sections[$"experience[{i.ToString(System.Globalization.CultureInfo.InvariantCulture)}].company"] = profile.Experiences[i].Company;
        }

        return sections;
    }

    private static async Task<CaseResult> RunCaseAsync(CaseWriter writer, EvalCase evalCase, OutreachCase outreach, MetricTally tally, CancellationToken cancellationToken)
    {
        var (drafts, promises, templates, judge, llm) = writer;
        var draft = await drafts.RunAsync(new OutreachRequest(outreach.Profile, outreach.Spec, outreach.Qualifications, outreach.Settings), ReasoningContext.None, cancellationToken);
        var first = draft.Messages[0];
        var promised = promises.Check(outreach.Spec, [first], draft.Facts).Select(i => i.Text).ToList();
        var context = new OutreachContext(
            [.. draft.Facts.Select(f => new Quote(f.Section, f.Text))],
            Sections(outreach.Profile),
            $"{first.Subject}\n{first.Body}",
            promised,
            templates.Limit(first.Kind, outreach.Settings.Length));
        var scores = judge.Evaluate(context);
        var cited = JudgeScores.Number(scores, OutreachJudge.FactCited) == 1;
        var refused = (int)(JudgeScores.Number(scores, OutreachJudge.PolicyViolations) ?? 0);
        var within = JudgeScores.Number(scores, OutreachJudge.LengthWithin) == 1;
        tally.Ratio(FactCitation, cited);
        tally.Ratio(LengthWithin, within);
        tally.Count(PolicyViolations, refused > 0 ? 1 : 0);
        tally.Count(PromiseViolations, promised.Count > 0 ? 1 : 0);
        var passed = cited && within && refused == 0 && promised.Count == 0;
        var problems = scores.Get<Microsoft.Extensions.AI.Evaluation.StringMetric>(OutreachJudge.Problems).Value ?? "";
        var judged = JudgeScores.From("outreach", scores);
        if (llm is not null)
        {
            judged = [.. judged, .. await PersonalizationAsync(llm, outreach, context.Message, cancellationToken)];
        }

        return new CaseResult(evalCase.Id, passed, "a true fact cited, no policy finding, no promise, within length", passed ? "as expected" : problems, judged);
    }

    /// <summary>The personalization rubric's score of the first message, given the profile and the role it was written from.</summary>
    private static async Task<IReadOnlyList<JudgeScore>> PersonalizationAsync(LlmJudges judges, OutreachCase outreach, string message, CancellationToken cancellationToken)
    {
        var profile = string.Join("\n", Sections(outreach.Profile).Select(s => $"[{s.Key}] {s.Value}"));
        var spec = outreach.Spec;
        var job = string.Join("\n", new[] { $"{spec.Title} ({string.Join(", ", spec.Locations)}; {spec.Remote})", spec.Description }.Concat(spec.Faq.Select(e => $"Q: {e.Question} A: {e.Answer}")));
        var inputs = new RubricInputs(new Dictionary<string, string> { ["profile"] = profile, ["job"] = job, ["draft"] = message });
        var result = await judges.Rubric(LlmJudges.OutreachPersonalization).EvaluateAsync(
            [new ChatMessage(ChatRole.User, outreach.Instruction ?? "Write a first outreach message.")],
            new ChatResponse(new ChatMessage(ChatRole.Assistant, message)),
            judges.Chat,
            [inputs],
            cancellationToken);
        return JudgeScores.From(LlmJudges.OutreachPersonalization, result);
    }

    /// <summary>What every case needs: the product's draft task and checks, the deterministic judge and the LLM judges when the run asked for them.</summary>
    private sealed record CaseWriter(IReasoningTask<OutreachRequest, OutreachDraft> Drafts, PromiseCheck Promises, OutreachTemplates Templates, OutreachJudge Judge, LlmJudges? Llm);
}
