using Hiring.Agents.Sourcing.Remembered;
using Hiring.Contracts.Memory;
using Hiring.Contracts.Projects;
using Hiring.Reasoning.Understanding.Places;

namespace Hiring.Agents.Tests.Sourcing.Remembered;

/// <summary>Which of the owner's memories a search follows: those that bear on the role, never another role's or place's, never one the policy refuses.</summary>
public sealed class RoleMemoriesTests(SyntheticPoolFixture pool) : IClassFixture<SyntheticPoolFixture>
{
    private static readonly JobSpec BerlinBackend = Specs.Backend("senior", RemotePolicy.OnSite, "Berlin") with
    {
        Places = [new Place(PlaceKind.City, "Berlin", "DE", "Berlin")],
    };

    private RememberedPreferences Follow(FakeRecruiterMemories memories, JobSpec? spec = null) =>
        pool.RoleMemories(memories).Follow(memories.Memories, spec ?? BerlinBackend);

    [Fact]
    public void ALikingOfTheRolesPlaceIsFollowedAndAnotherPlacesIsNot()
    {
        var followed = Follow(new FakeRecruiterMemories().Add("Our Berlin HM loves Terraform", relevance: 0.7).Add("Our Munich HM loves Rust"));

        var memory = Assert.Single(followed.Followed);
        Assert.Equal(["terraform"], memory.Skills);
    }

    [Fact]
    public void ALikingForAnotherKindOfRoleDoesNotLeakIn()
    {
        var followed = Follow(new FakeRecruiterMemories().Add("For data roles I like people who know dbt").Add("For backend roles I like people who know Rust"));

        Assert.Equal(["rust"], Assert.Single(followed.Followed).Skills);
    }

    [Fact]
    public void ALikingThatNamesNoRoleIsFollowedOnlyWhenItBearsOnTheRoleOrSaysEveryRole()
    {
        Assert.True(Follow(new FakeRecruiterMemories().Add("Jana loves Kafka")).IsEmpty);
        Assert.Equal(["kafka"], Assert.Single(Follow(new FakeRecruiterMemories().Add("Jana loves Kafka", relevance: 0.65)).Followed).Skills);
        Assert.Equal(["graphql"], Assert.Single(Follow(new FakeRecruiterMemories().Add("For all my roles, GraphQL is a big plus")).Followed).Skills);
    }

    [Fact]
    public void ACompanyToAvoidHoldsForEveryRoleUnlessItNamesAnother()
    {
        var followed = Follow(new FakeRecruiterMemories().Add("Never source from Acme, they're our client").Add("No one from Globex for the Munich roles"));

        Assert.Equal(["Acme"], Assert.Single(followed.Followed).Companies);
    }

    [Fact]
    public void AMemoryThePolicyRefusesIsNeverFollowedNorACompanyFilterItRefuses()
    {
        var followed = Follow(new FakeRecruiterMemories()
            .Add("Our Berlin HM loves Terraform and digital natives", relevance: 0.7)
            .Add("Never source from the Catholic Hospital Group"));

        Assert.True(followed.IsEmpty, string.Join(" | ", followed.Followed.Select(f => f.Memory.Text)));
    }

    [Fact]
    public void DecisionsAndEpisodesAreNeverReadAsPreferences()
    {
        var followed = Follow(new FakeRecruiterMemories()
            .Add("You approved: never source from Acme", kind: MemoryKind.Decision)
            .Add("On 2 Dec, Backend Engineer, Berlin: you said never source from Acme", kind: MemoryKind.Episode));

        Assert.True(followed.IsEmpty);
    }

    [Fact]
    public void TheSummarySaysEachMemoryFollowedWithItsDate()
    {
        var followed = Follow(new FakeRecruiterMemories().Add("Our Berlin HM loves Terraform", relevance: 0.7).Add("Don't poach from Globex", at: new DateTimeOffset(2026, 12, 3, 8, 0, 0, TimeSpan.Zero)));

        Assert.Equal("I kept in mind what you told me on 2 Dec: \"Our Berlin HM loves Terraform\"; on 3 Dec: \"Don't poach from Globex\".", followed.Summary);
    }

    [Fact]
    public void ACurrentEmployeeOfACompanyToAvoidIsKnownWhateverItsLegalFormButAFormerOneIsNot()
    {
        var followed = Follow(new FakeRecruiterMemories().Add("never source from bluelabs"));
        var now = new Contracts.Talent.Experience("Bluelabs GmbH", "Backend Engineer", new DateOnly(2022, 1, 1), null, "");
        var before = new Contracts.Talent.Experience("Bluelabs GmbH", "Backend Engineer", new DateOnly(2019, 1, 1), new DateOnly(2021, 1, 1), "");
        var profile = pool.Profiles.Values.First();

        Assert.Equal("bluelabs", followed.AvoidedEmployer(profile with { Experiences = [now] }));
        Assert.Null(followed.AvoidedEmployer(profile with { Experiences = [before] }));
    }

    [Fact]
    public async Task AnOwnerOfAnotherTenantIsNeverAskedAndNothingIsFollowed()
    {
        var memories = new FakeRecruiterMemories().Add("Never source from Acme");

        var followed = await pool.RoleMemories(memories).ForAsync("t2/r1", "t1/p1", BerlinBackend);

        Assert.True(followed.IsEmpty);
        Assert.Empty(memories.Asked);
    }

    [Fact]
    public void TheGazetteerKnowsThePlacesTheseTestsName() => Assert.NotNull(Gazetteer.Default.Lookup("Munich"));
}
