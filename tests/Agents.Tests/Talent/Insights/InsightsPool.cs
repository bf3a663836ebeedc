using Hiring.Contracts.Talent;
using static Hiring.Agents.Tests.Talent.ProfileBuilder;

namespace Hiring.Agents.Tests.Talent.Insights;

/// <summary>
/// Six careers seen on 15 June 2026. Acme loses five people, three of them in April 2026 (a
/// layoff); Globex hires three of them, Umbrella one; Initech lost a designer to Acme in 2023,
/// too long ago to count as recent flow. The expected figures are worked out in the tests.
/// </summary>
internal static class InsightsPool
{
    public static readonly DateTimeOffset Now = new(2026, 6, 15, 12, 0, 0, TimeSpan.Zero);

    public static CandidateProfile[] All =>
    [
        Person("a").LivesIn("Berlin", "Berlin", "DE")
            .Worked("Acme", "Engineer", D(2020, 1, 1), D(2025, 9, 30))
            .Worked("Globex", "Engineer", D(2025, 10, 1))
            .Skills("Go", "K8s")
            .Build(),
        Person("b").LivesIn("Berlin", "Berlin", "DE")
            .Worked("Acme", "Engineer", D(2019, 1, 1), D(2025, 10, 31))
            .Worked("Globex", "Senior Engineer", D(2025, 11, 1))
            .Skills("Go", "Python")
            .OpenToWork()
            .Build(),
        Person("c").LivesIn("London", "England", "GB")
            .Worked("Initech", "Designer", D(2018, 1, 1), D(2023, 1, 31))
            .Worked("Acme", "Designer", D(2023, 2, 1))
            .Skills("Figma")
            .Build(),
        Person("d").LivesIn("London", "England", "GB")
            .Worked("Acme", "Engineer", D(2021, 1, 1), D(2026, 4, 30))
            .Worked("Umbrella", "Engineer", D(2026, 5, 1))
            .Skills("golang", "kubernetes")
            .Build(),
        Person("e").LivesIn("Berlin", "Berlin", "DE")
            .Worked("Acme", "Junior Manager", D(2012, 1, 1), D(2014, 12, 31))
            .Worked("Acme", "Manager", D(2015, 1, 1), D(2026, 4, 30))
            .Skills("Excel")
            .OpenToWork()
            .Build(),
        Person("f").LivesIn("Paris", "", "FR")
            .Worked("Acme", "Engineer", D(2022, 1, 1), D(2026, 4, 30))
            .Worked("Globex", "Engineer", D(2026, 6, 1))
            .Skills("Go")
            .Build(),
    ];

    private static DateOnly D(int year, int month, int day) => new(year, month, day);
}
