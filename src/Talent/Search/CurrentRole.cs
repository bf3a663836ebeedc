using Hiring.Contracts.Talent;

namespace Hiring.Talent.Search;

/// <summary>Which roles of a career count as "current".</summary>
public static class CurrentRole
{
    /// <summary>Roles without an end date; when every role has ended, the latest one.</summary>
    public static IReadOnlyList<Experience> Of(CandidateProfile profile)
    {
        var open = profile.Experiences.Where(e => e.End is null).ToList();
        if (open.Count > 0 || profile.Experiences.Count == 0)
        {
            return open;
        }

        return [profile.Experiences.MaxBy(e => e.Start)!];
    }

    /// <summary>The role of the newest start among the open ones, or null when nothing is open.</summary>
    public static Experience? Open(CandidateProfile profile) =>
        profile.Experiences.Where(e => e.End is null).MaxBy(e => e.Start);
}
