using Hiring.Contracts.Talent;
using Hiring.Evals.Suites.Fairness;
using Hiring.Talent.Store;

namespace Hiring.Evals.Tests.Fairness;

public sealed class CounterfactualsTests
{
    private static readonly CandidateProfile Profile = new(
        "p1",
        "Anna Kowalska",
        "Backend Engineer",
        new Location("Berlin", "Berlin", "DE"),
        [new Experience("Acme", "Backend Engineer", new DateOnly(2018, 1, 1), null, "Go services")],
        [new Education("TU Berlin", "BSc", "Computer Science", 2013, 2017)],
        ["go"],
        true,
        DateTimeOffset.UnixEpoch,
        ProfileSource.Public(),
        DateTimeOffset.UnixEpoch,
        Summary: "Anna Kowalska builds payment systems.",
        Email: "anna.kowalska@example.com");

    [Fact]
    public void ANameSwapChangesTheNameWhereverItIsWrittenAndNothingElse()
    {
        var swapped = Counterfactuals.WithName(Profile, "Kwame Mensah");

        Assert.Equal("Kwame Mensah", swapped.Name);
        Assert.Equal("Kwame Mensah builds payment systems.", swapped.Summary);
        Assert.Equal("kwame.mensah@example.com", swapped.Email);
        Assert.Equal(Profile.Experiences, swapped.Experiences);
        Assert.Equal(Profile.Education, swapped.Education);
    }

    [Fact]
    public void AnAgeSwapMovesOnlyTheYearsOfStudy()
    {
        var older = Counterfactuals.WithStudyShifted(Profile, -15);

        Assert.Equal((1998, 2002), (older.Education[0].StartYear, older.Education[0].EndYear));
        Assert.Equal(Profile.Experiences, older.Experiences);
    }

    [Fact]
    public void TheSwapPartnerIsTheNextPersonOfAnotherGenderAndNameGroup()
    {
        var attributes = new Dictionary<string, ProtectedAttributes>
        {
            ["a"] = new("female", "25-34", "polish"),
            ["b"] = new("male", "25-34", "polish"),
            ["c"] = new("female", "35-44", "anglo"),
            ["d"] = new("male", "45-54", "west-african"),
        };

        Assert.Equal("d", Counterfactuals.SwapPartner("a", ["a", "b", "c", "d"], attributes));
        Assert.Equal("a", Counterfactuals.SwapPartner("d", ["a", "b", "c", "d"], attributes));
        Assert.Null(Counterfactuals.SwapPartner("unknown", ["a", "b"], attributes));
    }
}
