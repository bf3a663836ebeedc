namespace Hiring.Talent.Search;

/// <summary>How <see cref="TalentIndexFollower"/> follows the shared profile table.</summary>
public sealed class TalentFollowOptions
{
    /// <summary>The longest a change waits for this node's index when its announcement is lost (a dropped listening connection).</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Changes read and committed to the index at a time.</summary>
    public int PageSize { get; init; } = 1000;
}
