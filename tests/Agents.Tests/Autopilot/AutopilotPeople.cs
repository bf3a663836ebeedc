using Hiring.Contracts.Projects;
using Hiring.Contracts.Talent;
using Hiring.Talent.Synthetic;

namespace Hiring.Agents.Tests.Autopilot;

/// <summary>
/// Synthetic backend engineers (individual contributors) for autopilot tests: "holders" list
/// Kubernetes (the must-have of <see cref="Spec"/>), the others never mention it anywhere. Each call gives new ids with its prefix.
/// </summary>
internal static class AutopilotPeople
{
    /// <summary>Managers are rightly not matches for an individual contributor's role: they are neither holders nor others.</summary>
    private static readonly System.Text.RegularExpressions.Regex Managing = new(@"\b(?:manager|director|head|vp|vice president|chief|cto)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    private static readonly Lazy<IReadOnlyList<CandidateProfile>> Engineers = new(() =>
    {
        var month = new DateOnly(DateTime.UtcNow.Year, DateTime.UtcNow.Month, 1);
        return [.. new SyntheticPoolGenerator().Generate(new SyntheticPoolOptions(20000, 21, month))
            .Where(p => p.Truth.Specialty == "Backend Engineer")
            .Select(p => p.Profile)
            .Where(p => !Mentions(p) && !Managing.IsMatch(p.Headline))];
    });

    public static JobSpec Spec { get; } = new("Backend Engineer", "backend engineer", "", [], RemotePolicy.Remote, EmploymentType.FullTime, "", [], null);

    public static IReadOnlyList<CandidateProfile> Holders(string prefix, int count) =>
        [.. Engineers.Value.Where((_, i) => i % 2 == 0).Take(count).Select((p, i) => p with
        {
            Id = $"{prefix}-yes-{i}",
            Skills = [.. p.Skills, "Kubernetes"],
            UpdatedAt = DateTimeOffset.UtcNow,
        })];

    public static IReadOnlyList<CandidateProfile> Others(string prefix, int count) =>
        [.. Engineers.Value.Where((_, i) => i % 2 == 1).Take(count).Select((p, i) => p with { Id = $"{prefix}-no-{i}", UpdatedAt = DateTimeOffset.UtcNow })];

    private static bool Mentions(CandidateProfile profile) =>
        System.Text.Json.JsonSerializer.Serialize(profile).Contains("kubernetes", StringComparison.OrdinalIgnoreCase)
        || System.Text.Json.JsonSerializer.Serialize(profile).Contains("k8s", StringComparison.OrdinalIgnoreCase);
}
