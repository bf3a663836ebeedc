using Hiring.Contracts.Agents;
using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Projects;

namespace Hiring.Agents.Evaluation;

/// <summary>shortlist: moves the approved (possibly edited) candidates to Shortlisted, with their evidence as the reason.</summary>
public sealed class ShortlistStep(EvaluationRules rules)
{
    public async Task<StepOutcome> RunAsync(IHiringProject project, StepCommand command)
    {
        var ids = EvaluationInputs.Ids(command.Inputs, EvaluationInputs.Candidates);
        if (ids.Count == 0)
        {
            ids = EvaluationInputs.Ids(command.Inputs, EvaluationInputs.Shortlist);
        }

        var approved = await project.ApprovedQualifications();
        var moved = new List<string>(ids.Count);
        foreach (var id in ids)
        {
            var why = await project.LatestEvaluation(id) is { } evaluation ? Why(evaluation, approved) : "";
            await project.Move(id, PipelineStage.Shortlisted, command.Recruiter, why);
            moved.Add(id);
        }

        var outputs = new Dictionary<string, string>(StringComparer.Ordinal) { [EvaluationInputs.ShortlistedIds] = string.Join(',', moved) };
        return new StepOutcome(rules.Say("agent_shortlisted", ("count", ProfileReading.Number(moved.Count))), outputs);
    }

    private static string Why(CandidateEvaluation evaluation, IReadOnlyList<Qualification> approved) =>
        $"{evaluation.Summary} {EvidenceBrief.MustHaves(evaluation, approved)}".Trim();
}
