namespace Hiring.Agents.Sourcing.Constraints;

/// <summary>A title's rung and track: ("senior", individual contributor), ("director", management).</summary>
public sealed record TitleLevel(string Level, TitleTrack Track)
{
    public override string ToString() => Track == TitleTrack.Management ? $"{Level} (management)" : $"{Level} (individual contributor)";
}
