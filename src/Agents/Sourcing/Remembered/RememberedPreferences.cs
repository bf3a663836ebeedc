using Hiring.Contracts.Talent;

namespace Hiring.Agents.Sourcing.Remembered;

/// <summary>The recruiter's kept memories one search follows, oldest first, and the sentence that says so.</summary>
/// <param name="Followed">The memories followed.</param>
/// <param name="Summary">"I kept in mind what you told me on 2 Dec: …", or empty when none.</param>
public sealed record RememberedPreferences(IReadOnlyList<RememberedPreference> Followed, string Summary)
{
    private readonly Dictionary<string, string> _avoided = Followed
        .SelectMany(f => f.Companies)
        .GroupBy(EmployerName.Normalize, StringComparer.Ordinal)
        .Where(g => g.Key.Length > 0)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    public static RememberedPreferences None { get; } = new([], "");

    public bool IsEmpty => Followed.Count == 0;

    /// <summary>The company to avoid the candidate works at now, as the recruiter wrote it; null when none.</summary>
    public string? AvoidedEmployer(CandidateProfile profile) =>
        _avoided.Count == 0
            ? null
            : profile.Experiences.Where(e => e.End is null).Select(e => _avoided.GetValueOrDefault(EmployerName.Normalize(e.Company))).FirstOrDefault(c => c is not null);
}
