using Hiring.Contracts.Talent;

namespace Hiring.Agents.Tests.Talent;

/// <summary>Small hand-made profiles for store tests.</summary>
internal static class SampleProfiles
{
    public static CandidateProfile Person(string id, string name = "Ada Example", DateTimeOffset? updatedAt = null, string headline = "Backend Engineer") =>
        new(
            id,
            name,
            headline,
            new Location("Berlin", "Berlin", "DE"),
            [new Experience("Acme", "Backend Engineer", new DateOnly(2020, 1, 1), null, "Built services with Go and Kubernetes.")],
            [new Education("Technical University of Munich", "MSc", "Computer Science", 2016, 2018)],
            ["Go", "Kubernetes"],
            true,
            new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero),
            ProfileSource.Public(ProfileOrigin.Import),
            updatedAt ?? new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero));
}
