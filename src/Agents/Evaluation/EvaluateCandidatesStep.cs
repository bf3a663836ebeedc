using System.Text;
using Hiring.Agents.Evaluation.Steps;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;
using Hiring.Reasoning.Tasks;
using Microsoft.Extensions.Options;
using Hiring.Agents.SubAgents;

namespace Hiring.Agents.Evaluation;

/// <summary>
/// evaluate-candidates: refuses without approved qualifications; evaluates the listed candidates
/// (or the pipeline's Sourced ones not yet evaluated; never a calibration batch waiting for the
/// recruiter's reactions) against the qualifications and the spec's constraints, records them in the
/// ledger and proposes for the shortlist only those the <see cref="ShortlistGate"/> lets through, or
/// hands back to the sourcing loop when it is running.
/// </summary>
public sealed class EvaluateCandidatesStep(CandidateBatchEvaluator evaluator, ShortlistGate gate, EvaluationRules rules, IOptions<EvaluationOptions> options)
    : StepHandler<EvaluationAgentState, EvaluateCandidatesInput, EvaluateCandidatesOutput>
{
    public override string Action => PlanActions.EvaluateCandidates;

    public override async Task<StepResult<EvaluateCandidatesOutput>> RunAsync(StepContext<EvaluationAgentState> step, EvaluateCandidatesInput input, CancellationToken cancellationToken = default)
    {
        var (project, tenant) = (step.Project, step.Tenant);
        var approved = await project.ApprovedQualifications();
        if (approved.Count == 0)
        {
            throw new AssistantRefusalException(RefusalCodes.Invalid, rules.Say("agent_no_qualifications"));
        }

        var snapshot = await project.Snapshot();
        var waiting = snapshot.Pipeline.Where(e => e.Stage == PipelineStage.Calibration).Select(e => e.CandidateId).ToHashSet(StringComparer.Ordinal);
        var ids = (input.Candidates ?? []).Where(id => !waiting.Contains(id)).ToList();
        if (ids.Count == 0)
        {
            ids = [.. snapshot.Pipeline.Where(e => e.Stage == PipelineStage.Sourced && e.Score is null).Select(e => e.CandidateId)];
        }

        var context = new ReasoningContext(tenant, step.Recruiter, step.ProjectId);
        var evaluations = await evaluator.EvaluateAsync(tenant, ids, approved, context, snapshot.Spec, cancellationToken);
        if (evaluations.Count > 0)
        {
            await project.RecordEvaluations(evaluations);
        }

        var decisions = evaluations.ToDictionary(e => e.CandidateId, e => gate.Check(e, approved, snapshot.Spec), StringComparer.Ordinal);
        var good = evaluations.Where(e => decisions[e.CandidateId].Pass)
            .OrderByDescending(e => e.Score)
            .ThenBy(e => e.CandidateId, StringComparer.Ordinal)
            .ToList();
        var held = evaluations.Where(e => EvaluationScorer.IsGood(e.Recommendation) && !decisions[e.CandidateId].Pass).ToList();
        var size = input.Count is { } n and > 0 ? n : options.Value.ShortlistSize;
        var shortlist = good.Take(size).ToList();
        var output = new EvaluateCandidatesOutput(evaluations.Count, good.Count, [.. good.Select(e => e.CandidateId)], [.. shortlist.Select(e => e.CandidateId)]);
        var summary = Summarize(evaluations, good.Count, shortlist, approved);
        if (held.Count > 0)
        {
            summary += "\n" + rules.Say(
                "agent_held_back",
                ("count", ProfileReading.Number(held.Count)),
                ("reasons", string.Join("; ", held.Select(e => $"{e.CandidateId}: {decisions[e.CandidateId].Reason}"))));
        }

        return new StepResult<EvaluateCandidatesOutput>(
            summary,
            output,
            EvidenceBrief.ToJson(evaluations),
            FollowUps: FollowUps(input, shortlist));
    }

    private string Summarize(IReadOnlyList<CandidateEvaluation> evaluations, int good, List<CandidateEvaluation> shortlist, IReadOnlyList<Qualification> approved)
    {
        if (evaluations.Count == 0)
        {
            return rules.Say("agent_nothing_to_evaluate");
        }

        var text = new StringBuilder(rules.Say(
            "agent_evaluated",
            ("count", ProfileReading.Number(evaluations.Count)),
            ("good", ProfileReading.Number(good))));
        foreach (var evaluation in shortlist)
        {
            text.Append('\n').Append(rules.Say(
                "agent_shortlist_line",
                ("id", evaluation.CandidateId),
                ("score", EvidenceBrief.Score(evaluation.Score)),
                ("evidence", EvidenceBrief.MustHaves(evaluation, approved))));
        }

        return text.ToString();
    }

    private static List<PlanStep> FollowUps(EvaluateCandidatesInput input, List<CandidateEvaluation> shortlist)
    {
        if (input.Iteration is { } iteration)
        {
            return [FollowUpStep.For(AgentKind.Sourcing, PlanActions.RefineSearch, new Sourcing.Steps.RefineSearchInput(iteration))];
        }

        if (shortlist.Count == 0 || input.Rescore == true)
        {
            return [];
        }

        var candidates = new ShortlistInput([.. shortlist.Select(e => e.CandidateId)]);
        return [FollowUpStep.For(AgentKind.Evaluation, PlanActions.Shortlist, candidates, needsApproval: true, ApprovalAction.Advance)];
    }
}
