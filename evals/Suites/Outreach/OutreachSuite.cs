using Hiring.Agents.Evaluation;
using Hiring.Agents.Outreach.Drafting;
using Hiring.Contracts.Talent;
using Hiring.Evals.Cases;
using Hiring.Evals.Core;
using Hiring.Evals.Judges;
using Hiring.Reasoning.Policy;

namespace Hiring.Evals.Suites.Outreach;

/// <summary>
/// The built-in outreach draft, composed as <c>DraftMessageStep</c> composes it (the product's
/// <see cref="OutreachComposer"/>), for each case's profile, job and settings; the first message is
/// judged by <see cref="OutreachJudge"/>. Metrics: <c>fact_citation</c> (the share of drafts citing
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

        var composer = run.Product.Required<OutreachComposer>();
        var promises = run.Product.Required<PromiseCheck>();
        var templates = run.Product.Required<OutreachTemplates>();
        var judge = new OutreachJudge(policy);
        return SuiteSplits.RunAsync(
            run,
            Name,
            async (c, tally, ct) => RunCase(composer, promises, templates, judge, c, await OutreachCase.ReadAsync(c, ct), tally),
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

    private static CaseResult RunCase(OutreachComposer composer, PromiseCheck promises, OutreachTemplates templates, OutreachJudge judge, EvalCase evalCase, OutreachCase outreach, MetricTally tally)
    {
        var draft = composer.Compose(new OutreachRequest(outreach.Profile, outreach.Spec, outreach.Qualifications, outreach.Settings));
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
        return new CaseResult(evalCase.Id, passed, "a true fact cited, no policy finding, no promise, within length", passed ? "as expected" : problems, JudgeScores.From("outreach", scores));
    }
}
