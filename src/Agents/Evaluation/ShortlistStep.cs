using Hiring.Agents.Evaluation.Steps;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Projects;
using Hiring.Agents.SubAgents;
using Hiring.Contracts.Learning;

namespace Hiring.Agents.Evaluation;

/// <summary>
/// shortlist: moves the approved (possibly edited) candidates to Shortlisted, with their evidence as
/// the reason; only those the <see cref="ShortlistGate"/> lets through (every must-have and every
/// constraint Met), whoever proposed them. The others stay where they are and the reply says why.
/// </summary>
public sealed class ShortlistStep(ShortlistGate gate, EvaluationRules rules) : StepHandler<EvaluationAgentState, ShortlistInput, ShortlistOutput>
{
    public override string Action => PlanActions.Shortlist;

    public override async Task<StepResult<ShortlistOutput>> RunAsync(StepContext<EvaluationAgentState> step, ShortlistInput input, CancellationToken cancellationToken = default)
    {
        var project = step.Project;
        var ids = input.Candidates is { Count: > 0 } candidates ? candidates : input.Proposed ?? [];

        var approved = await project.ApprovedQualifications();
        var spec = (await project.Snapshot()).Spec;
        var moved = new List<string>(ids.Count);
        var held = new List<string>();
        foreach (var id in ids)
        {
            var evaluation = await project.LatestEvaluation(id);
            var decision = gate.Check(evaluation, approved, spec);
            if (!decision.Pass)
            {
                held.Add($"{id}: {decision.Reason}");
                continue;
            }

            await project.Move(id, PipelineStage.Shortlisted, step.Recruiter, Why(evaluation!, approved), ActionOrigin.Agent);
            moved.Add(id);
        }

        var summary = rules.Say("agent_shortlisted", ("count", ProfileReading.Number(moved.Count)));
        if (held.Count > 0)
        {
            summary += " " + rules.Say("agent_held_back", ("count", ProfileReading.Number(held.Count)), ("reasons", string.Join("; ", held)));
        }

        return new StepResult<ShortlistOutput>(summary, new ShortlistOutput(moved));
    }

    private static string Why(CandidateEvaluation evaluation, IReadOnlyList<Qualification> approved) =>
        $"{evaluation.Summary} {EvidenceBrief.MustHaves(evaluation, approved)}".Trim();
}
