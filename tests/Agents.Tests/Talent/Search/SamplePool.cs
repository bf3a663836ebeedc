using Hiring.Contracts.Talent;
using static Hiring.Agents.Tests.Talent.ProfileBuilder;

namespace Hiring.Agents.Tests.Talent.Search;

/// <summary>Five public profiles whose matches for each query are obvious by reading them.</summary>
internal static class SamplePool
{
    public static readonly CandidateProfile Gopher = Person("gopher").Named("Greta Gopher")
        .Headline("Backend engineer, payments platform")
        .LivesIn("Berlin", "Berlin", "DE")
        .Worked("Google", "Software Engineer", new DateOnly(2016, 1, 1), new DateOnly(2020, 6, 1))
        .Worked("Stripe", "Backend Engineer", new DateOnly(2020, 7, 1))
        .Studied("TU Munich", "MSc", "Computer Science")
        .Skills("Golang", "K8s", "Postgres")
        .Build();

    public static readonly CandidateProfile Frontend = Person("frontend").Named("Finn Front")
        .Headline("Frontend developer who loves design systems")
        .LivesIn("Toronto", "Ontario", "CA")
        .Worked("Shopify", "Frontend Developer", new DateOnly(2019, 3, 1))
        .Studied("University of Toronto")
        .Skills("JS", "React", "TypeScript")
        .Build();

    public static readonly CandidateProfile DataScientist = Person("data").Named("Dana Data")
        .Headline("Data scientist, forecasting")
        .LivesIn("London", "England", "GB")
        .Worked("Google", "Data Scientist", new DateOnly(2018, 9, 1))
        .Studied("Imperial College London", "PhD", "Statistics")
        .Skills("Python", "Machine Learning")
        .Build();

    public static readonly CandidateProfile SeniorSwe = Person("swe").Named("Sam Sharp")
        .Headline("Senior engineer on cloud services")
        .LivesIn("Seattle", "WA", "US")
        .Worked("Microsoft", "Senior Software Engineer", new DateOnly(2017, 2, 1))
        .Studied("University of Washington")
        .Skills("C#", ".NET", "Azure")
        .Build();

    public static readonly CandidateProfile Nurse = Person("nurse").Named("Nora Nightingale")
        .Headline("Registered nurse, intensive care")
        .LivesIn("Berlin", "Berlin", "DE")
        .Worked("Charite", "Registered Nurse", new DateOnly(2015, 4, 1))
        .Studied("Charite School of Nursing")
        .Skills("Patient Care", "Critical Care")
        .Build();

    public static CandidateProfile[] All => [Gopher, Frontend, DataScientist, SeniorSwe, Nurse];
}
