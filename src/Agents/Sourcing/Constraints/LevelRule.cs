using Hiring.Contracts.Projects;

namespace Hiring.Agents.Sourcing.Constraints;

/// <summary>
/// What a spec asks of the current title's level: the track (a management title or seniority asks
/// for management, anything else for an individual contributor) and the rungs allowed (the one
/// asked; any rung of the track when none is asked, within the feedback's bounds).
/// </summary>
public sealed record LevelRule(TitleTrack Track, IReadOnlyList<string> Levels, string Asked, bool Named)
{
    public static LevelRule For(JobSpec spec, LevelBounds? bounds = null)
    {
        var asked = TitleLevels.OfSeniority(spec.Seniority);
        var titleTrack = TitleLevels.Read(string.IsNullOrWhiteSpace(spec.NormalizedTitle) ? spec.Title : spec.NormalizedTitle).Track;
        var track = asked is not null && TitleLevels.TrackOf(asked) == TitleTrack.Management ? TitleTrack.Management : titleTrack;
        if (track == TitleTrack.Management)
        {
            // "Senior engineering manager" asks for a manager; the individual-contributor word does not pick a management rung.
            var levels = asked is not null && TitleLevels.TrackOf(asked) == TitleTrack.Management ? [asked] : TitleLevels.ManagementLevels;
            return new LevelRule(track, levels, asked is not null && levels.Count == 1 ? $"{asked}, management" : "management", asked is not null);
        }

        if (asked is not null)
        {
            return new LevelRule(track, [asked], $"{asked}, individual contributor", true);
        }

        var open = bounds ?? LevelBounds.Open;
        var allowed = TitleLevels.ContributorLevels.Where(open.Admits).ToList();
        var words = open == LevelBounds.Open ? "any level" : $"{allowed.FirstOrDefault() ?? "no"}{(allowed.Count > 1 ? $" to {allowed[^1]}" : "")}";
        return new LevelRule(track, allowed, $"{words}, individual contributor", false);
    }

    public bool Admits(TitleLevel level) => level.Track == Track && Levels.Contains(level.Level, StringComparer.Ordinal);
}
