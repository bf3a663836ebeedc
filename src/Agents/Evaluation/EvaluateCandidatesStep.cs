using System.Text;
using Hiring.Agents.Reasoning.Tasks;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;
using Microsoft.Extensions.Options;

namespace Hiring.Agents.Evaluation;

/// <summary>
/// evaluate-candidates: refuses without approved qualifications; evaluates the listed candidates
/// (or the pipeline's Sourced ones not yet evaluated), records them in the ledger and proposes a
/// shortlist for approval, or hands back to the sourcing loop when it is running.
/// </summary>
public sealed class EvaluateCandidatesStep(CandidateBatchEvaluator evaluator, EvaluationRules rules, IOptions<EvaluationOptions> options)
{
    public async Task<StepOutcome> RunAsync(IHiringProject project, string tenant, StepCommand command, CancellationToken cancellationToken = default)
    {
        var approved = await project.ApprovedQualifications();
        if (approved.Count == 0)
        {
            throw new AssistantRefusalException(RefusalCodes.Invalid, rules.Say("agent_no_qualifications"));
        }

        var ids = EvaluationInputs.Ids(command.Inputs, EvaluationInputs.Candidates);
        if (ids.Count == 0)
        {
            var snapshot = await project.Snapshot();
            ids = [.. snapshot.Pipeline.Where(e => e.Stage == PipelineStage.Sourced && e.Score is null).Select(e => e.CandidateId)];
        }

        var context = new ReasoningContext(tenant, command.Recruiter, command.ProjectId);
        var evaluations = await evaluator.EvaluateAsync(tenant, ids, approved, context, cancellationToken);
        if (evaluations.Count > 0)
        {
            await project.RecordEvaluations(evaluations);
        }

        var good = evaluations.Where(e => EvaluationScorer.IsGood(e.Recommendation))
            .OrderByDescending(e => e.Score)
            .ThenBy(e => e.CandidateId, StringComparer.Ordinal)
            .ToList();
        var size = command.Inputs.TryGetValue(EvaluationInputs.Count, out var count) && int.TryParse(count, out var n) && n > 0 ? n : options.Value.ShortlistSize;
        var shortlist = good.Take(size).ToList();
        var outputs = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [EvaluationInputs.EvaluatedCount] = ProfileReading.Number(evaluations.Count),
            [EvaluationInputs.GoodCount] = ProfileReading.Number(good.Count),
            [EvaluationInputs.GoodIds] = string.Join(',', good.Select(e => e.CandidateId)),
            [EvaluationInputs.Shortlist] = string.Join(',', shortlist.Select(e => e.CandidateId)),
        };
        return new StepOutcome(
            Summarize(evaluations, shortlist, approved),
            outputs,
            EvidenceBrief.ToJson(evaluations),
            FollowUps: FollowUps(command, shortlist));
    }

    private string Summarize(IReadOnlyList<CandidateEvaluation> evaluations, List<CandidateEvaluation> shortlist, IReadOnlyList<Qualification> approved)
    {
        if (evaluations.Count == 0)
        {
            return rules.Say("agent_nothing_to_evaluate");
        }

        var text = new StringBuilder(rules.Say(
            "agent_evaluated",
            ("count", ProfileReading.Number(evaluations.Count)),
            ("good", ProfileReading.Number(evaluations.Count(e => EvaluationScorer.IsGood(e.Recommendation))))));
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

    private static List<PlanStep> FollowUps(StepCommand command, List<CandidateEvaluation> shortlist)
    {
        if (command.Inputs.TryGetValue(EvaluationInputs.SourcingIteration, out var iteration))
        {
            return [new PlanStep(AgentKind.Sourcing, PlanActions.RefineSearch, new Dictionary<string, string> { [EvaluationInputs.SourcingIteration] = iteration }, false)];
        }

        if (shortlist.Count == 0)
        {
            return [];
        }

        var inputs = new Dictionary<string, string> { [EvaluationInputs.Candidates] = string.Join(',', shortlist.Select(e => e.CandidateId)) };
        return [new PlanStep(AgentKind.Evaluation, PlanActions.Shortlist, inputs, true, ApprovalAction.Advance)];
    }
}
