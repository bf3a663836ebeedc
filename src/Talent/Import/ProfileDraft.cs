using Hiring.Contracts.Talent;

namespace Hiring.Talent.Import;

/// <summary>Builds a profile as read from a file; the importer stamps id, source and times.</summary>
public static class ProfileDraft
{
    public static CandidateProfile Create(
        string name,
        string? headline,
        Location? location,
        IEnumerable<Experience> experiences,
        IEnumerable<Education> education,
        IEnumerable<string> skills,
        string? summary = null,
        string? email = null,
        string? phone = null,
        bool openToWork = false,
        DateTimeOffset lastActive = default)
    {
        var roles = experiences.OrderByDescending(e => e.End ?? DateOnly.MaxValue).ThenByDescending(e => e.Start).ToList();
        var latest = roles.FirstOrDefault();
        return new CandidateProfile(
            string.Empty,
            name.Trim(),
            !string.IsNullOrWhiteSpace(headline) ? headline.Trim() : latest is null ? string.Empty : Headline(latest),
            location ?? new Location(string.Empty, string.Empty, string.Empty),
            roles,
            [.. education],
            [.. skills.Select(s => s.Trim()).Where(s => s.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)],
            openToWork,
            lastActive,
            ProfileSource.Public(ProfileOrigin.Import),
            default,
            string.IsNullOrWhiteSpace(summary) ? null : summary.Trim(),
            string.IsNullOrWhiteSpace(email) ? null : email.Trim(),
            string.IsNullOrWhiteSpace(phone) ? null : phone.Trim());
    }

    private static string Headline(Experience latest) =>
        string.IsNullOrWhiteSpace(latest.Company) ? latest.Title : $"{latest.Title} at {latest.Company}";
}
