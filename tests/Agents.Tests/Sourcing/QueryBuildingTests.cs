using Hiring.Agents.Sourcing;
using Hiring.Agents.Sourcing.Constraints;
using Hiring.Contracts.Projects;
using Hiring.Talent.Search;

namespace Hiring.Agents.Tests.Sourcing;

public sealed class QueryBuildingTests
{
    private static readonly TalentTaxonomy Taxonomy = TalentTaxonomy.LoadDefault();

    // Every written form of the title, OR'd: the vocabulary's synonyms of "backend engineer".
    private static readonly string BackendTitles = BooleanQueryBuilder.AnyOf(TalentFields.Title, Taxonomy.TitleVariants("backend engineer"));

    private readonly QueryPlanner _planner = new(Taxonomy, Specs.Places);

    [Fact]
    public void TheTitleClauseHoldsTheVocabularysSynonyms()
    {
        Assert.Contains("title:\"backend developer\"", BackendTitles, StringComparison.Ordinal);
        Assert.Contains("title:\"back end engineer\"", BackendTitles, StringComparison.Ordinal);
    }

    [Fact]
    public void TitleSynonymsAreOredMustHaveSkillsAndedAndTheLocationRequired()
    {
        var plan = _planner.Plan(Specs.Backend(locations: "Berlin"), Specs.GoAndKubernetes());

        Assert.Equal($"{BackendTitles} AND skill:\"go\" AND skill:\"kubernetes\" AND location:\"berlin\"", BooleanQueryBuilder.Build(plan));
    }

    [Fact]
    public void UnapprovedAndRefusedQualificationsNeverReachTheQuery()
    {
        var qualifications = Specs.GoAndKubernetes().Append(Specs.Skill("q4", "Python", approved: false)).Append(Specs.Refused("q5", "young and energetic")).ToList();

        var plan = _planner.Plan(Specs.Backend(locations: "Berlin"), qualifications);

        Assert.Equal(["go", "kubernetes"], plan.MustHaves);
        Assert.DoesNotContain("python", BooleanQueryBuilder.Build(plan), StringComparison.Ordinal);
        Assert.DoesNotContain("young", BooleanQueryBuilder.Build(plan), StringComparison.Ordinal);
    }

    [Fact]
    public void NiceToHavesAreNotRequiredUntilTheLoopTightens()
    {
        var plan = _planner.Plan(Specs.Backend(locations: "Berlin"), Specs.GoAndKubernetes());

        Assert.Equal(["docker"], plan.NiceToHaves);
        Assert.DoesNotContain("docker", BooleanQueryBuilder.Build(plan), StringComparison.Ordinal);
    }

    [Fact]
    public void ExclusionsAreNottedAndAFieldNamedInAnExclusionIsKept()
    {
        var plan = _planner.Plan(Specs.Backend(locations: "Berlin"), Specs.GoAndKubernetes(), ["PHP", "company:Acme Corp"]);

        Assert.Equal(
            $"{BackendTitles} AND skill:\"go\" AND skill:\"kubernetes\" AND location:\"berlin\" NOT \"php\" NOT company:\"acme corp\"",
            BooleanQueryBuilder.Build(plan));
    }

    [Fact]
    public void ARemoteRoleWithoutAScopeSearchesAnywhereWhereverTheOfficeIs()
    {
        var plan = _planner.Plan(Specs.Backend(remote: RemotePolicy.Remote, locations: ["Berlin", "Munich"]), [Specs.Skill("q1", "golang")]);

        Assert.Equal($"{BackendTitles} AND skill:\"go\"", BooleanQueryBuilder.Build(plan));
    }

    [Fact]
    public void ARemoteRoleWithinACountrySearchesTheOfficesAndTheCountry()
    {
        var spec = Specs.Backend(remote: RemotePolicy.Remote, locations: ["Berlin", "Munich"]) with { RemoteWithin = [new Place(PlaceKind.Country, "Germany", "DE")] };

        var plan = _planner.Plan(spec, [Specs.Skill("q1", "golang")]);

        Assert.Equal($"{BackendTitles} AND skill:\"go\" AND (location:\"berlin\" OR location:\"munich\" OR location:\"de\" OR location:\"germany\")", BooleanQueryBuilder.Build(plan));
    }

    [Fact]
    public void ACityWithItsCountryCodeIsSearchedByTheCitysName()
    {
        var plan = _planner.Plan(Specs.Backend(locations: ["Munich, DE", "DE"]), [Specs.Skill("q1", "golang")]);

        Assert.Equal($"{BackendTitles} AND skill:\"go\" AND (location:\"munich\" OR location:\"de\" OR location:\"germany\")", BooleanQueryBuilder.Build(plan));
    }

    [Fact]
    public void ARoleWithoutLocationsSearchesAnywhere()
    {
        var plan = _planner.Plan(Specs.Backend(remote: RemotePolicy.Remote), [Specs.Skill("q1", "Go")]);

        Assert.Equal($"{BackendTitles} AND skill:\"go\"", BooleanQueryBuilder.Build(plan));
    }

    [Fact]
    public void AnUnknownTitleIsSearchedAsWritten()
    {
        var spec = Specs.Backend(locations: "Berlin") with { Title = "Compiler Wizard", NormalizedTitle = "" };

        var plan = _planner.Plan(spec, [Specs.Skill("q1", "Rust")]);

        Assert.Equal("title:\"compiler wizard\" AND skill:\"rust\" AND location:\"berlin\"", BooleanQueryBuilder.Build(plan));
    }

    [Fact]
    public void TheFamilyWidensTitlesBeyondTheSynonyms()
    {
        var plan = _planner.Plan(Specs.Backend(), Specs.GoAndKubernetes()) with { Titles = TitleScope.Family };

        var family = Taxonomy.TitlesInFamily(Taxonomy.TitleFamily("backend engineer")).Where(t => !Taxonomy.TitleVariants("backend engineer").Contains(t));
        var expected = string.Join(" OR ", family.Select(t => $"title:\"{t}\""));
        Assert.Equal($"{BackendTitles[..^1]} OR {expected}) AND skill:\"go\" AND skill:\"kubernetes\"", BooleanQueryBuilder.Build(plan));
        Assert.Contains("frontend engineer", family);
    }

    [Fact]
    public void AGuardedVariantStillDemandsEveryMustHaveOnce()
    {
        var plan = _planner.Plan(Specs.Backend(), Specs.GoAndKubernetes(), ["php"]);

        Assert.Equal("(title:\"sre\") AND skill:\"go\" AND skill:\"kubernetes\" NOT \"php\"", BooleanQueryBuilder.Guard("title:\"sre\"", plan));
    }

    [Fact]
    public void EveryBuiltQueryParsesInTheSearchSyntax()
    {
        using var compiler = new TalentQueryCompiler(Taxonomy);
        var plan = _planner.Plan(Specs.Backend(remote: RemotePolicy.Hybrid, locations: "Berlin"), Specs.GoAndKubernetes(), ["php", "company:Acme"]);

        foreach (var query in new[] { BooleanQueryBuilder.Build(plan), BooleanQueryBuilder.WithoutTitles(plan), BooleanQueryBuilder.Guard(BooleanQueryBuilder.Build(plan with { Titles = TitleScope.Family }), plan) })
        {
            compiler.Parse(query);
        }
    }
}
