using System.Globalization;
using System.Text.Json;
using Hiring.Agents.Identity;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Supervisor;
using Hiring.Evals.Cases;
using Hiring.Evals.Core;
using Hiring.Evals.Judges;
using Hiring.Evals.Judges.Llm;
using Hiring.Evals.Suites.Approvals;
using Hiring.Evals.Suites.Planner;
using Hiring.Evals.Suites.Spec;
using Hiring.Talent.Search;
using Microsoft.Extensions.AI;

namespace Hiring.Evals.Suites.Dialogue;

/// <summary>
/// One conversation case through the real assistant: a recruiter of its own whose approval policy is the
/// suite's (<see cref="ConversationPolicy"/>: the dialogue suite's applies qualification changes at once
/// and leaves searches waiting; the approvals suite's leaves both waiting for a decision said in chat);
/// each turn is posted to the supervisor and watched until its plan ends (and what it decided has gone
/// on), then checked; <c>final</c> is checked against the current project's spec and approved qualifications.
/// </summary>
public sealed class DialogueConversation(IGrainFactory grains, SpecComparison comparison, ICanonicalizer canonical, LlmJudges? judges, TimeSpan turnDeadline, ConversationPolicy policy)
{
    public const string Tenant = "eval";
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(20);
    private readonly ExactFieldsJudge _fields = new();
    private readonly RefusalJudge _refusals = new();

    public async Task<CaseResult> RunAsync(EvalCase evalCase, MetricTally tally, CancellationToken cancellationToken)
    {
        // The conversation speaks for the eval tenant, as the gateway speaks for a signed-in recruiter's.
        using var scope = TenantScope.For(Tenant);
        var recruiterId = RecruiterId(evalCase);
        var supervisor = grains.GetGrain<IRecruiterSupervisor>(GrainKeys.Recruiter(Tenant, recruiterId));
        foreach (var action in policy.Automatic)
        {
            await supervisor.SetPolicy(action, ApprovalMode.Auto);
        }

        var turns = evalCase.Require("turns").EnumerateArray().ToList();
        var sequences = new List<long>();
        var returns = new List<string?>();
        var wrong = new List<string>();
        var seen = new List<string>();
        var scores = new List<JudgeScore>();
        var watcher = new TurnWatcher(supervisor, turnDeadline, PollEvery);
        for (var i = 0; i < turns.Count; i++)
        {
            var say = CaseJson.Text(turns[i], "say") ?? throw new InvalidDataException($"Case '{evalCase.Id}' turn {i + 1} has nothing to say.");
            var messageId = string.Create(CultureInfo.InvariantCulture, $"turn-{i + 1}");
            var cursor = await supervisor.LastSequence();
            var ack = await supervisor.Post(new MessageEnvelope(messageId, say));
            sequences.Add(ack.InboxSequence);
            var observed = await watcher.WatchAsync(cursor, messageId, cancellationToken);
            returns.Add(observed.Plan?.ProjectId);
            seen.Add($"{i + 1}: {Describe(observed)}");

            if (CaseJson.Get(turns[i], "expect") is { ValueKind: JsonValueKind.Object } expect)
            {
                var held = Check(expect, observed, i + 1, wrong, scores, tally);
                tally.Ratio(DialogueSuite.TurnAccuracy, held);
            }

            if (judges is not null && observed.Replies.Count > 0)
            {
                scores.AddRange(await ReplyQualityAsync(judges, say, observed, cancellationToken));
            }
        }

        var final = await CheckFinalAsync(evalCase, recruiterId, sequences, returns, wrong);
        tally.Ratio(DialogueSuite.FinalAccuracy, final);
        var passed = wrong.Count == 0;
        tally.Ratio(policy.CaseMetric, passed);
        return new CaseResult(evalCase.Id, passed, string.Join("; ", wrong.Select(w => w.Split(" | got ")[0])), string.Join(" / ", seen) + (wrong.Count > 0 ? $" — {string.Join("; ", wrong)}" : ""), scores);
    }

    /// <summary>The conversation for a suite on a silo, with the product's taxonomy as its canonicalization.</summary>
    public static DialogueConversation For(DialogueSilo silo, EvalRun run, TimeSpan turnDeadline, ConversationPolicy policy)
    {
        var canonical = new TaxonomyCanonicalizer(run.Product.Required<TalentTaxonomy>());
        return new DialogueConversation(silo.Grains, new SpecComparison(canonical), canonical, run.Judges, turnDeadline, policy);
    }

    private bool Check(JsonElement expect, TurnObservation observed, int turn, List<string> wrong, List<JudgeScore> scores, MetricTally tally)
    {
        var checks = new List<FieldCheck>();
        if (CaseJson.Has(expect, "intent"))
        {
            checks.Add(FieldCheck.Exact("intent", CaseJson.Text(expect, "intent"), observed.Plan?.Intent.ToString(), v => v.ToLowerInvariant()));
        }

        if (CaseJson.Has(expect, "project"))
        {
            checks.Add(FieldCheck.Exact("project", CaseJson.Text(expect, "project"), observed.Plan is { } plan ? ProjectTargets.Of(plan) : ProjectTargets.None));
        }

        if (CaseJson.Flag(expect, "asks") is { } asks)
        {
            checks.Add(FieldCheck.Exact("asks", asks ? "true" : "false", observed.Asks ? "true" : "false"));
        }

        if (CaseJson.Text(expect, "decided") is { } decided)
        {
            checks.Add(FieldCheck.Exact("decided", decided, observed.Decision, v => v.ToLowerInvariant()));
            ApprovalsSuite.Tally(tally, decided, observed.Decision);
        }

        var fields = _fields.Evaluate(new FieldsContext(checks));
        scores.AddRange(JudgeScores.From($"turn {turn}", fields));
        var held = checks.All(c => c.Holds);
        foreach (var check in checks.Where(c => !c.Holds))
        {
            wrong.Add($"turn {turn} {check.Field} {string.Join(" | ", check.Accepted.DefaultIfEmpty("none"))} | got {check.Actual ?? "none"}");
        }

        if (CaseJson.Has(expect, "refused"))
        {
            var expected = CaseJson.Strings(expect, "refused");
            var refusal = _refusals.Evaluate(new RefusalContext(expected, observed.Refused));
            if (!JudgeScores.Holds(refusal, RefusalJudge.Complete))
            {
                held = false;
                wrong.Add($"turn {turn} refused [{string.Join(", ", expected)}] | got [{string.Join(", ", observed.Refused.Distinct())}]");
            }
        }

        return held;
    }

    private async Task<bool> CheckFinalAsync(EvalCase evalCase, string recruiterId, IReadOnlyList<long> sequences, IReadOnlyList<string?> returns, List<string> wrong)
    {
        if (CaseJson.Get(evalCase.Json, "final") is not { ValueKind: JsonValueKind.Object } final)
        {
            return true;
        }

        var before = wrong.Count;
        var created = await ProjectLookup.CreatedAsync(grains, Tenant, recruiterId, sequences);
        if (CaseJson.Whole(final, "projects") is { } projects && projects != created.Count)
        {
            wrong.Add(string.Create(CultureInfo.InvariantCulture, $"final projects {projects} | got {created.Count}"));
        }

        var spec = CaseJson.Get(final, "spec");
        var absent = CaseJson.Strings(final, "absent");
        if (spec is null && absent.Count == 0)
        {
            return wrong.Count == before;
        }

        if (created.Count == 0)
        {
            wrong.Add("final spec | got no project");
            return false;
        }

        var current = await ProjectLookup.CurrentAsync(grains, Tenant, recruiterId, sequences, returns) ?? created[^1];
        var snapshot = await current.Snapshot();
        var approved = await current.ApprovedQualifications();
        if (snapshot.Spec is null)
        {
            wrong.Add("final spec | got a project without a spec");
            return false;
        }

        var actual = SpecActual.From(snapshot.Spec, approved);
        if (spec is { } expectedSpec)
        {
            foreach (var field in comparison.Compare(new SpecExpectation(expectedSpec), actual, SetMode.Contains).Where(f => !f.Holds))
            {
                wrong.Add($"final {field.Field} {field.Expected} | got {field.Actual}");
            }
        }

        var requirements = actual.Must.Concat(actual.Nice).Select(r => canonical.Skill(r.Subject)).ToHashSet(StringComparer.Ordinal);
        foreach (var skill in absent.Where(s => requirements.Contains(canonical.Skill(s))))
        {
            wrong.Add($"final absent {skill} | got it among the requirements");
        }

        return wrong.Count == before;
    }

    private static async Task<IReadOnlyList<JudgeScore>> ReplyQualityAsync(LlmJudges judges, string say, TurnObservation observed, CancellationToken cancellationToken)
    {
        var reply = string.Join("\n", observed.Replies);
        var actions = observed.Plan is { } plan
            ? $"{ProjectTargets.Steps(plan)}\n{string.Join("\n", observed.Steps)}"
            : "nothing (no plan was made)";
        var inputs = new RubricInputs(new Dictionary<string, string> { ["message"] = say, ["actions"] = actions, ["reply"] = reply });
        var result = await judges.Rubric(LlmJudges.ReplyQuality).EvaluateAsync(
            [new ChatMessage(ChatRole.User, say)],
            new ChatResponse(new ChatMessage(ChatRole.Assistant, reply)),
            judges.Chat,
            [inputs],
            cancellationToken);
        return JudgeScores.From(LlmJudges.ReplyQuality, result);
    }

    private static string Describe(TurnObservation observed) =>
        $"{observed.Plan?.Intent.ToString() ?? "no plan"}/{(observed.Plan is { } p ? ProjectTargets.Of(p) : "none")}{(observed.Asks ? "/asks" : "")}{(observed.Decided.Count > 0 ? $"/{observed.Decision}" : "")}{(observed.Refused.Count > 0 ? $"/refused {string.Join(",", observed.Refused.Distinct())}" : "")} ({observed.Ending})";

    /// <summary>A recruiter of its own per case and split; short enough that its project ids stay valid key segments.</summary>
    private static string RecruiterId(EvalCase evalCase)
    {
        var safe = new string([.. evalCase.Id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-')]);
        var id = $"{(evalCase.Split == EvalSplit.Dev ? "d" : "b")}-{safe}";
        return id.Length <= 48 ? id : id[..48];
    }
}
