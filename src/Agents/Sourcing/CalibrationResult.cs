namespace Hiring.Agents.Sourcing;

/// <summary>The calibration batch and the query it was drawn from.</summary>
public sealed record CalibrationResult(string Query, long Hits, IReadOnlyList<CalibrationCandidate> Picked);
