using Hiring.Contracts.Talent;

namespace Hiring.Agents.Tests.Talent;

/// <summary>A resume as people write them, and what a parser must read from it.</summary>
internal static class SampleResume
{
    public static IReadOnlyList<string> Lines { get; } =
    [
        "Maria Schmidt",
        "Senior Backend Engineer",
        "maria.schmidt@example.com | +49 30 1234 5678 | Berlin, Germany",
        "Summary",
        "Backend engineer who likes distributed systems.",
        "Experience",
        "Senior Backend Engineer — Blueshift GmbH",
        "Jan 2019 – Present",
        "• Built payment services in Go on Kubernetes",
        "• Led the migration to gRPC",
        "Software Engineer at Nordwind AG",
        "2016-03 - 2018-12",
        "Developed Java microservices.",
        "Data Analyst",
        "Acme Analytics",
        "03/2014 to 02/2016",
        "Reporting with SQL.",
        "Education",
        "Technical University of Munich",
        "MSc Computer Science, 2012 – 2014",
        "BSc Mathematics, University of Hamburg, 2009 - 2012",
        "Skills",
        "Languages: Go, Java, Python",
        "Kubernetes • Docker • gRPC",
    ];

    public static string Text => string.Join("\n", Lines);

    public static void AssertRead(CandidateProfile profile)
    {
        Assert.Equal("Maria Schmidt", profile.Name);
        Assert.Equal("Senior Backend Engineer", profile.Headline);
        Assert.Equal("maria.schmidt@example.com", profile.Email);
        Assert.Equal("+49 30 1234 5678", profile.Phone);
        Assert.Equal(new Location("Berlin", string.Empty, "Germany"), profile.Location);
        Assert.Equal("Backend engineer who likes distributed systems.", profile.Summary);

        Assert.Equal(3, profile.Experiences.Count);
        var (current, middle, first) = (profile.Experiences[0], profile.Experiences[1], profile.Experiences[2]);
        Assert.Equal(("Senior Backend Engineer", "Blueshift GmbH", new DateOnly(2019, 1, 1), (DateOnly?)null), (current.Title, current.Company, current.Start, current.End));
        Assert.Equal("Built payment services in Go on Kubernetes\nLed the migration to gRPC", current.Description);
        Assert.Equal(("Software Engineer", "Nordwind AG", new DateOnly(2016, 3, 1), (DateOnly?)new DateOnly(2018, 12, 1)), (middle.Title, middle.Company, middle.Start, middle.End));
        Assert.Equal("Developed Java microservices.", middle.Description);
        Assert.Equal(("Data Analyst", "Acme Analytics", new DateOnly(2014, 3, 1), (DateOnly?)new DateOnly(2016, 2, 1)), (first.Title, first.Company, first.Start, first.End));

        Assert.Equal(
            [
                new Education("Technical University of Munich", "MSc", "Computer Science", 2012, 2014),
                new Education("University of Hamburg", "BSc", "Mathematics", 2009, 2012),
            ],
            profile.Education);
        Assert.Equal(["Go", "Java", "Python", "Kubernetes", "Docker", "gRPC"], profile.Skills);
    }
}
