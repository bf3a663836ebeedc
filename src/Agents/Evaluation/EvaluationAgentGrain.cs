using Hiring.Agents.SubAgents;
using Hiring.Contracts.Agents;
using Hiring.Storage;

namespace Hiring.Agents.Evaluation;

/// <summary>The evaluation agent of a project (key: tenant/project): the one sub-agent shape over evaluation's handlers.</summary>
public sealed class EvaluationAgentGrain(
    [PersistentState("evaluation", StorageNames.Hiring)] IPersistentState<EvaluationAgentState> state,
    IEnumerable<IStepHandler<EvaluationAgentState>> handlers) : SubAgentGrain<EvaluationAgentState>(state, "evaluation", handlers), IEvaluationAgent
{
}
