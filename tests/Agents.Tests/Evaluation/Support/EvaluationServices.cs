using Hiring.Agents.Hosting;
using Hiring.Reasoning.Configuration;
using Hiring.Reasoning.Policy;
using Hiring.Reasoning.Prompts;
using Hiring.Reasoning.Providers;
using Hiring.Reasoning.Resilience;
using Hiring.Talent;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel.ChatCompletion;

namespace Hiring.Agents.Tests.Evaluation.Support;

/// <summary>AddHiringReasoning plus AddEvaluation over test configuration, with the built-in engine or a queued model.</summary>
internal static class EvaluationServices
{
    public static ServiceProvider BuiltIn(IProfileStore store, IProfileMasker masker) =>
        Build(new Dictionary<string, string?>(), store, masker);

    public static ServiceProvider WithModel(IChatCompletionService model, DegradedNotices notices, IProfileStore store, IProfileMasker masker) =>
        Build(
            new Dictionary<string, string?>
            {
                ["Hiring:Ai:Provider"] = "OpenAI",
                ["Hiring:Ai:OpenAI:BaseUrl"] = "http://127.0.0.1:9/v1",
                ["Hiring:Ai:OpenAI:Models:Reasoning"] = "queued-model",
            },
            store,
            masker,
            services =>
            {
                services.AddSingleton<IChatModels>(new OneModel(new ModelEndpoint(model, "queued-model", AiProvider.OpenAI)));
                services.AddSingleton<IReasoningDegradedObserver>(notices);
            });

    private static ServiceProvider Build(Dictionary<string, string?> settings, IProfileStore store, IProfileMasker masker, Action<IServiceCollection>? before = null)
    {
        settings[PromptLibrary.PathSetting] = EvaluationHarness.Prompts.Root;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton(EvaluationHarness.Embedder);
        services.AddSingleton(EvaluationHarness.Taxonomy);
        services.AddSingleton<TimeProvider>(EvaluationHarness.Clock());
        services.AddSingleton(store);
        services.AddSingleton(masker);
        before?.Invoke(services);
        services.AddHiringReasoning(configuration);
        services.AddEvaluation(configuration);
        return services.BuildServiceProvider();
    }

    private sealed class OneModel(ModelEndpoint endpoint) : IChatModels
    {
        public ModelEndpoint For(Contracts.Reasoning.ModelTier tier) => endpoint;
    }
}
