using System.Text.Json;
using Hiring.Agents.Sourcing;
using Hiring.Agents.Sourcing.Constraints;
using Hiring.Agents.Sourcing.Variants;
using Hiring.Agents.Tests.Talent.Search;
using Hiring.Contracts.Reasoning;
using Hiring.Reasoning.StructuredOutput;
using Hiring.Reasoning.Tasks;
using Hiring.Talent.Search;

namespace Hiring.Agents.Tests.Sourcing;

public sealed class QueryVariantTests : IDisposable
{
    private static readonly TalentTaxonomy Taxonomy = TalentTaxonomy.LoadDefault();
    private static readonly QueryPlan Plan = new QueryPlanner(Taxonomy, Specs.Places).Plan(Specs.Backend(locations: "Berlin"), Specs.GoAndKubernetes());
    private static readonly Provenance Model = new(ReasoningEngine.Llm, "gpt-test", SourcingQueryTask.PromptName, "1", ModelTier.Fast);
    private readonly TalentQueryCompiler _compiler = new(Taxonomy);

    private static SourcingQueryRequest Request(int max = 3) => new("Senior Backend Engineer", "senior", Plan, BooleanQueryBuilder.Build(Plan), max);

    private static Task<SourcingQueryVariants> BuiltIn(int max = 3) =>
        new BuiltInQueryVariants(Taxonomy, new HashingEmbedder()).RunAsync(Request(max), ReasoningContext.None);

    [Fact]
    public async Task TheBuiltInEngineWidensTitlesToTheFamilyAndAddsSkillNeighboursAndTitleFreeSkills()
    {
        var variants = (await BuiltIn()).Variants;

        Assert.Equal(3, variants.Count);
        var adjacent = Taxonomy.TitlesInFamily(Taxonomy.TitleFamily("backend engineer")).Where(t => t != "backend engineer");
        Assert.Contains(adjacent, title => variants[0].Query.Contains($"title:\"{title}\"", StringComparison.Ordinal));
        Assert.StartsWith("adjacent titles of the same family", variants[0].Rationale, StringComparison.Ordinal);
        Assert.StartsWith("also knows a neighbour of the must-haves", variants[1].Rationale, StringComparison.Ordinal);
        Assert.Equal("skill:\"go\" AND skill:\"kubernetes\" AND location:\"berlin\"", variants[2].Query);
    }

    [Fact]
    public async Task NeighbourSkillsComeFromTheTaxonomyAndNeverRepeatTheSpecsOwnSkills()
    {
        var neighbours = new[] { "distributed systems", "grpc", "microservices", "helm", "terraform", "cloud native" };

        var related = (await BuiltIn()).Variants[1];

        var named = related.Rationale[(related.Rationale.IndexOf(':', StringComparison.Ordinal) + 2)..].Split(", ");
        Assert.Equal(3, named.Length);
        Assert.All(named, skill => Assert.Contains(skill, neighbours));
        Assert.DoesNotContain("docker", named);
    }

    [Fact]
    public async Task EveryBuiltInVariantKeepsTheMustHavesAndParses()
    {
        foreach (var variant in (await BuiltIn()).Variants)
        {
            Assert.Contains("skill:\"go\"", variant.Query, StringComparison.Ordinal);
            Assert.Contains("skill:\"kubernetes\"", variant.Query, StringComparison.Ordinal);
            _compiler.Parse(variant.Query);
        }
    }

    [Fact]
    public async Task TheBuiltInEngineSaysItProducedTheVariantsAndHonoursTheLimit()
    {
        var variants = await BuiltIn(max: 1);

        Assert.Single(variants.Variants);
        Assert.Equal(new Provenance(ReasoningEngine.BuiltIn, BuiltInQueryVariants.EngineName, BuiltInQueryVariants.ResourceName, "1", ModelTier.Fast), variants.Provenance);
    }

    [Fact]
    public void TheModelsVariantsThatDoNotParseOrRepeatAreDropped()
    {
        var json = JsonDocument.Parse("""
            {"variants": [
              {"query": "title:\"platform engineer\" AND skill:go", "rationale": "platform teams run Go on Kubernetes"},
              {"query": "title:(\"backend engineer\" AND", "rationale": "broken"},
              {"query": "title:\"platform engineer\" AND skill:go", "rationale": "the same again"}
            ]}
            """).RootElement;

        var variants = new LlmSourcingQueryDefinition(_compiler).Read(json, Request(), Model);

        var only = Assert.Single(variants.Variants);
        Assert.Equal("platform teams run Go on Kubernetes", only.Rationale);
        Assert.Equal(Model, variants.Provenance);
    }

    [Fact]
    public void AnAnswerWithNoUsableVariantIsUnusableSoTheBuiltInEngineAnswers()
    {
        var json = JsonDocument.Parse("""{"variants": [{"query": "skill:(go AND", "rationale": "broken"}]}""").RootElement;

        Assert.Throws<UnusableOutputException>(() => new LlmSourcingQueryDefinition(_compiler).Read(json, Request(), Model));
    }

    [Fact]
    public void ThePromptReceivesTheRoleThePlanAndTheBooleanQuery()
    {
        var arguments = new LlmSourcingQueryDefinition(_compiler).Arguments(Request());

        Assert.Equal("go, kubernetes", arguments["must_haves"]);
        Assert.Equal("docker", arguments["nice_to_haves"]);
        Assert.Equal("berlin", arguments["locations"]);
        Assert.Equal(BooleanQueryBuilder.Build(Plan), arguments["boolean_query"]);
        Assert.Equal("3", arguments["max_variants"]);
    }

    public void Dispose() => _compiler.Dispose();
}
