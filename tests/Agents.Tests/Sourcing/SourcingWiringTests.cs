using Hiring.Agents.SubAgents;
using Hiring.Contracts.Planning;
using Hiring.Agents.Hosting;
using Hiring.Agents.Sourcing;
using Hiring.Agents.Sourcing.Constraints;
using Hiring.Agents.Sourcing.Remembered;
using Hiring.Agents.Tests.Sourcing.Remembered;
using Hiring.Agents.Sourcing.Variants;
using Hiring.Agents.Tests.Talent.Search;
using Hiring.Contracts.Reasoning;
using Hiring.Reasoning.Embeddings;
using Hiring.Reasoning.Prompts;
using Hiring.Reasoning.Providers;
using Hiring.Reasoning.Tasks;
using Hiring.Storage;
using Hiring.Talent.Hosting;
using Hiring.Talent.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

using Hiring.Agents.Tests.Support;

namespace Hiring.Agents.Tests.Sourcing;

public sealed class SourcingWiringTests
{
    /// <summary>The repository's prompts/ (the test output holds only the taxonomy, copied beside the binaries).</summary>
    private static readonly string Prompts = RepositoryPrompts();

    [Fact]
    public void AddSourcingWiresTheAgentWithOptionsFromHiringSourcingAndTheBuiltInEngineByDefault()
    {
        using var data = new TempDataDirectory();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [PromptLibrary.PathSetting] = Prompts,
            ["Hiring:Sourcing:PrecisionTarget"] = "0.6",
            ["Hiring:Sourcing:MaxIterations"] = "5",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<ITextEmbedder>(new HashingEmbedder());
        services.AddHiringDatabase(data.Path);
        services.AddTalentSearch(data.Path);
        services.AddHiringReasoning(configuration);

        services.AddHiringPolicy();

        // In a silo the recruiter's memory is read through the grain factory; this container has no silo.
        services.AddSingleton<IRecruiterMemories>(new FakeRecruiterMemories());
        // set-autopilot talks to the project's autopilot grain: the silo provides the grain factory.
        services.AddSingleton(NoSilo.GrainFactory);
        services.AddSourcing(configuration);

        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        var options = provider.GetRequiredService<SourcingOptions>();
        Assert.Equal((0.6, 5, 10), (options.PrecisionTarget, options.MaxIterations, options.LiquidityTarget));
        Assert.IsType<BuiltInQueryVariants>(provider.GetRequiredService<IReasoningTask<SourcingQueryRequest, SourcingQueryVariants>>());
        Assert.Equal(
            [PlanActions.Calibrate, PlanActions.RecordFeedback, PlanActions.RefineSearch, PlanActions.Search, PlanActions.SetAutopilot],
            provider.GetServices<IStepHandler<SourcingState>>().Select(h => h.Action).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task WithAModelConfiguredItsParseableVariantsAreUsedWithTheModelsProvenance()
    {
        var model = new QueuedChatModel("""{"variants": [{"query": "title:\"platform engineer\" AND skill:go", "rationale": "platform teams run Go"}]}""");
        using var provider = WithModel(model);

        var variants = await provider.GetRequiredService<IReasoningTask<SourcingQueryRequest, SourcingQueryVariants>>().RunAsync(Request(), ReasoningContext.None);

        var only = Assert.Single(variants.Variants);
        Assert.Equal("title:\"platform engineer\" AND skill:go", only.Query);
        Assert.Equal((ReasoningEngine.Llm, "queued-model", "sourcing-query", (DegradedReason?)null), (variants.Provenance.Engine, variants.Provenance.Model, variants.Provenance.PromptName, variants.Provenance.FallbackReason));
    }

    [Fact]
    public async Task AModelThatAnswersNoUsableVariantFallsBackToTheBuiltInVariantsAndSaysWhy()
    {
        var model = new QueuedChatModel("""{"variants": [{"query": "skill:(go AND", "rationale": "broken"}]}""");
        using var provider = WithModel(model);

        var variants = await provider.GetRequiredService<IReasoningTask<SourcingQueryRequest, SourcingQueryVariants>>().RunAsync(Request(), ReasoningContext.None);

        Assert.Equal(ReasoningEngine.BuiltIn, variants.Provenance.Engine);
        Assert.NotNull(variants.Provenance.FallbackReason);
        Assert.NotEmpty(variants.Variants);
    }

    [Fact]
    public async Task TheSourcingQueryPromptRendersWithTheDefinitionsArgumentsAndQuotesItsSchema()
    {
        var taxonomy = TalentTaxonomy.LoadDefault();
        using var compiler = new TalentQueryCompiler(taxonomy);
        var plan = new QueryPlanner(taxonomy, Specs.Places).Plan(Specs.Backend(locations: "Berlin"), Specs.GoAndKubernetes());
        var request = new SourcingQueryRequest("Senior Backend Engineer", "senior", plan, BooleanQueryBuilder.Build(plan), 3);
        var prompt = new PromptLibrary(Prompts).Get(SourcingQueryTask.PromptName);

        var chat = await new PromptRenderer().RenderAsync(prompt, new LlmSourcingQueryDefinition(compiler).Arguments(request));

        Assert.Equal("1", prompt.Version);
        Assert.Equal(2, chat.Count);
        Assert.Contains("\"variants\"", chat[0].Content, StringComparison.Ordinal);
        Assert.Contains("at most 3 queries", chat[0].Content, StringComparison.Ordinal);
        Assert.Contains(BooleanQueryBuilder.Build(plan), chat[1].Content, StringComparison.Ordinal);
        Assert.Contains("Must-have skills: go, kubernetes", chat[1].Content, StringComparison.Ordinal);
    }

    private static SourcingQueryRequest Request()
    {
        var plan = new QueryPlanner(TalentTaxonomy.LoadDefault(), Specs.Places).Plan(Specs.Backend(locations: "Berlin"), Specs.GoAndKubernetes());
        return new SourcingQueryRequest("Senior Backend Engineer", "senior", plan, BooleanQueryBuilder.Build(plan), 3);
    }

    private static ServiceProvider WithModel(QueuedChatModel model)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [PromptLibrary.PathSetting] = Prompts,
            ["Hiring:Ai:Provider"] = "OpenAI",
            ["Hiring:Ai:OpenAI:BaseUrl"] = "http://127.0.0.1:9/v1",
            ["Hiring:Ai:OpenAI:Models:Reasoning"] = "queued-model",
            ["Hiring:Ai:Calls:MaxRetries"] = "1",
            ["Hiring:Ai:Calls:RetryDelay"] = "00:00:00.001",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<ITextEmbedder>(new HashingEmbedder());
        services.AddSingleton<IChatModels>(model);
        services.AddSingleton(TalentTaxonomy.LoadDefault());
        services.AddSingleton(sp => new TalentQueryCompiler(sp.GetRequiredService<TalentTaxonomy>()));
        services.AddHiringReasoning(configuration);
        services.AddSourcing(configuration);
        return services.BuildServiceProvider();
    }

    private static string RepositoryPrompts()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Hiring.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("Hiring.sln not found above the test binaries."), PromptLibrary.FolderName);
    }
}

/// <summary>A grain factory for a container without a silo: it can be injected, and any call says there is no silo.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1852", Justification = "DispatchProxy derives from it: it must not be sealed.")]
internal class NoSilo : System.Reflection.DispatchProxy
{
    public static IGrainFactory GrainFactory { get; } = Create<IGrainFactory, NoSilo>();

    protected override object? Invoke(System.Reflection.MethodInfo? targetMethod, object?[]? args) =>
        throw new InvalidOperationException("This container has no silo.");
}
