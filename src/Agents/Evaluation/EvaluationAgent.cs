using Hiring.Contracts.Agents;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Evaluation;

/// <summary>The evaluation agent's work, without the grain: one method per action.</summary>
public sealed class EvaluationAgent(EvaluateCandidatesStep evaluate, ShortlistStep shortlist, ExplainAssessmentStep explain)
{
    public Task<StepOutcome> ExecuteAsync(IHiringProject project, string tenant, StepCommand command, CancellationToken cancellationToken = default) => command.Action switch
    {
        PlanActions.EvaluateCandidates => evaluate.RunAsync(project, tenant, command, cancellationToken),
        PlanActions.Shortlist => shortlist.RunAsync(project, command),
        PlanActions.ExplainAssessment => explain.RunAsync(project, tenant, command, cancellationToken),
        _ => throw new AssistantRefusalException(RefusalCodes.Invalid, $"The evaluation agent can't '{command.Action}'."),
    };
}
