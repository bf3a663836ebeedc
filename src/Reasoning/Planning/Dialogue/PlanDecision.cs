using Hiring.Contracts.Planning;

namespace Hiring.Reasoning.Planning.Dialogue;

/// <summary>What the planner decided a message is, in its conversation.</summary>
/// <param name="Intent">The intent.</param>
/// <param name="Target">The project it acts on.</param>
/// <param name="Confidence">How sure, 0 to 1.</param>
/// <param name="Answers">The open question the message answers, when it does.</param>
/// <param name="Reason">Why, in a few words (kept with the plan for "why did you do that?").</param>
/// <param name="Basis">For a new project that repeats the open one elsewhere ("also need one in Vienna"): the open project, whose request the new one starts from.</param>
/// <param name="Returns">Another of the recruiter's projects the message goes back to ("back to the paralegal one"): the one it acts on, instead of the open one.</param>
public sealed record PlanDecision(PlanIntent Intent, ProjectTarget Target, double Confidence, OpenQuestion? Answers, string Reason, OpenProject? Basis = null, OpenProject? Returns = null);
