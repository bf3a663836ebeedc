namespace Hiring.Agents.Sourcing;

/// <summary>A candidate for the calibration batch and where it sits in the spec's range.</summary>
/// <param name="Id">The profile id.</param>
/// <param name="Level">Seniority level read from the current title.</param>
/// <param name="CoreTitle">True when the current title is the spec's title or a synonym; false for an adjacent title.</param>
/// <param name="HasNiceToHaves">True when the profile has at least one nice-to-have skill.</param>
public sealed record CalibrationCandidate(string Id, string Level, bool CoreTitle, bool HasNiceToHaves)
{
    /// <summary>Why it is in the batch, in words.</summary>
    public string Why => $"calibration: {Level}, {(CoreTitle ? "core title" : "adjacent title")}, {(HasNiceToHaves ? "with" : "without")} nice-to-haves";
}
