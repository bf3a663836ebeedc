using Hiring.Contracts.Agents;

namespace Hiring.Agents.Evaluation;

/// <summary>The evaluation agent's durable memory of steps already done, for idempotent repeats.</summary>
[GenerateSerializer, Alias("hiring.evaluation.agent-state")]
public sealed class EvaluationAgentState
{
    [Id(0)]
    public Dictionary<string, StepOutcome> Outcomes { get; set; } = [];

    /// <summary>Idempotency keys, oldest first, so the oldest are forgotten first.</summary>
    [Id(1)]
    public List<string> Order { get; set; } = [];

    public void Remember(string key, StepOutcome outcome, int limit)
    {
        if (Outcomes.TryAdd(key, outcome))
        {
            Order.Add(key);
        }

        while (Order.Count > Math.Max(1, limit))
        {
            Outcomes.Remove(Order[0]);
            Order.RemoveAt(0);
        }
    }
}
