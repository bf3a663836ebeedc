using Hiring.Contracts.Talent;

namespace Hiring.Agents.Sourcing.Remembered;

/// <summary>The recruiter's kept memories one search follows, oldest first, and how it says so.</summary>
/// <param name="Followed">The memories followed.</param>
/// <param name="KeptInMind">The sentence that lists memories followed, with its {memories} placeholder.</param>
public sealed record RememberedPreferences(IReadOnlyList<RememberedPreference> Followed, string KeptInMind)
{
    private readonly Dictionary<string, string> _avoided = Followed
        .SelectMany(f => f.Companies)
        .GroupBy(EmployerName.Normalize, StringComparer.Ordinal)
        .Where(g => g.Key.Length > 0)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    public static RememberedPreferences None { get; } = new([], "");

    public bool IsEmpty => Followed.Count == 0;

    /// <summary>"I kept in mind what you told me on 2 Dec: …", every memory followed; empty when none.</summary>
    public string Summary => Say(Followed);

    /// <summary>The same of the memories that leave people out, all a calibration batch follows (it ranks no one up).</summary>
    public string AvoidingSummary => Say([.. Followed.Where(f => f.Companies.Count > 0)]);

    private string Say(IReadOnlyList<RememberedPreference> memories) =>
        memories.Count == 0 ? "" : Outreach.Placeholders.Fill(KeptInMind, ("memories", string.Join("; ", memories.Select(m => m.Said))));

    /// <summary>The company to avoid the candidate works at now, as the recruiter wrote it; null when none.</summary>
    public string? AvoidedEmployer(CandidateProfile profile) =>
        _avoided.Count == 0
            ? null
            : profile.Experiences.Where(e => e.End is null).Select(e => _avoided.GetValueOrDefault(EmployerName.Normalize(e.Company))).FirstOrDefault(c => c is not null);
}
