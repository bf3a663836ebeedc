using Hiring.Contracts.Planning;

namespace Hiring.Reasoning.Planning;

/// <summary>The built-in classifier's verdict: the intent, the similarity to its nearest exemplar, that exemplar, and whether one of the intent's cue words occurs.</summary>
public sealed record IntentMatch(PlanIntent Intent, double Score, string Exemplar, bool CueMatched = false);
