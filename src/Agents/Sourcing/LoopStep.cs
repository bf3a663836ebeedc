namespace Hiring.Agents.Sourcing;

/// <summary>The loop's decision, the plan for the next iteration (when it continues) and the reason in words.</summary>
public sealed record LoopStep(LoopDecision Decision, QueryPlan? Next, string Reason);
