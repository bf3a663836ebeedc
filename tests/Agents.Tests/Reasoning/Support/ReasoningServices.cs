using Hiring.Agents.Hosting;
using Hiring.Reasoning.Configuration;
using Hiring.Reasoning.Embeddings;
using Hiring.Reasoning.Prompts;
using Hiring.Reasoning.Providers;
using Hiring.Reasoning.Resilience;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hiring.Agents.Tests.Reasoning.Support;

/// <summary>The reasoning layer as AddHiringReasoning wires it, over test configuration.</summary>
internal static class ReasoningServices
{
    /// <summary>
    /// Small timeouts and millisecond backoff, so failure paths stay fast; the 2 s attempt timeout
    /// leaves room for a first call's JIT on a machine busy with other builds.
    /// </summary>
    public static Dictionary<string, string?> FastCalls() => new()
    {
        ["Hiring:Ai:Calls:CallTimeout"] = "00:00:02",
        ["Hiring:Ai:Calls:TotalTimeout"] = "00:00:05",
        ["Hiring:Ai:Calls:MaxRetries"] = "1",
        ["Hiring:Ai:Calls:RetryDelay"] = "00:00:00.010",
        ["Hiring:Ai:Calls:BreakDuration"] = "00:00:01",
        ["Hiring:Ai:Calls:SamplingDuration"] = "00:00:30",
        ["Hiring:Ai:Calls:MinimumThroughput"] = "1000",
    };

    /// <summary>OpenAI provider settings whose model is replaced by <paramref name="model"/>.</summary>
    public static ServiceProvider WithScriptedModel(ScriptedChatCompletionService model, CapturingDegradedObserver? observer = null, IDictionary<string, string?>? extra = null)
    {
        var settings = FastCalls();
        settings["Hiring:Ai:Provider"] = "OpenAI";
        settings["Hiring:Ai:OpenAI:BaseUrl"] = "http://127.0.0.1:9/v1";
        settings["Hiring:Ai:OpenAI:Models:Reasoning"] = "scripted-model";
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return Build(settings, services =>
        {
            services.AddSingleton<IChatModels>(new FixedChatModels(new ModelEndpoint(model, "scripted-model", AiProvider.OpenAI)));
            if (observer is not null)
            {
                services.AddSingleton<IReasoningDegradedObserver>(observer);
            }
        });
    }

    public static ServiceProvider Build(IDictionary<string, string?> settings, Action<IServiceCollection>? before = null)
    {
        settings[PromptLibrary.PathSetting] = TestResources.Prompts.Root;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton(TestResources.Embedder);
        services.AddSingleton(TestResources.Catalog);
        services.AddSingleton(TestResources.Slots);
        services.AddSingleton(TestResources.Classifier);
        before?.Invoke(services);
        services.AddHiringReasoning(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    private sealed class FixedChatModels(ModelEndpoint endpoint) : IChatModels
    {
        public ModelEndpoint For(Contracts.Reasoning.ModelTier tier) => endpoint;
    }
}
