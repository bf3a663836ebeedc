namespace Hiring.Agents.Sourcing;

/// <summary>The calibration batch, the query it was drawn from, and what the constraint filter dropped.</summary>
/// <param name="Query">The calibration query.</param>
/// <param name="Hits">Profiles the query matched.</param>
/// <param name="Picked">The batch, in the order to show it.</param>
/// <param name="Filtered">What the constraint filter kept and dropped.</param>
/// <param name="Eligible">How many hits met every constraint (the batch is drawn from them).</param>
public sealed record CalibrationResult(string Query, long Hits, IReadOnlyList<CalibrationCandidate> Picked, FilterReport Filtered, int Eligible)
{
    /// <summary>True when fewer people meet the constraints than a calibration batch wants: the place (or level) is thin.</summary>
    public bool Thin => Eligible < CalibrationPicker.MinSize;
}
