using Hiring.Agents.Hosting;
using Hiring.Agents.Tests.Evaluation.Support;
using Hiring.Agents.Tests.Policy;
using Hiring.Reasoning.Prompts;
using Hiring.Reasoning.Providers;
using Hiring.Reasoning.Resilience;
using Hiring.Reasoning.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hiring.Agents.Tests.Support;

/// <summary>AddHiringReasoning over the repository's prompts, with the built-in engine (no model) or a queued model, and then a feature's own wiring.</summary>
internal static class QueuedModelServices
{
    /// <summary>The task as the feature registers it, over a model that gives <paramref name="answers"/> in order; its degraded notices are kept.</summary>
    public static (IReasoningTask<TInput, TOutput> Task, DegradedNotices Notices, QueuedChatModel Model) Task<TInput, TOutput>(string[] answers, Action<IServiceCollection> feature)
    {
        var model = new QueuedChatModel(answers);
        var notices = new DegradedNotices();
        var services = Build(model, notices, feature);
        return (services.GetRequiredService<IReasoningTask<TInput, TOutput>>(), notices, model);
    }

    public static ServiceProvider Build(QueuedChatModel? model, DegradedNotices? notices, Action<IServiceCollection> feature)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [PromptLibrary.PathSetting] = PolicyResources.Prompts.Root,
            ["Hiring:Ai:Provider"] = model is null ? "BuiltIn" : "OpenAI",
            ["Hiring:Ai:OpenAI:BaseUrl"] = "http://127.0.0.1:9/v1",
            ["Hiring:Ai:OpenAI:Models:Reasoning"] = "queued-model",
            ["Hiring:Ai:Calls:MaxRetries"] = "1",
            ["Hiring:Ai:Calls:RetryDelay"] = "00:00:00.010",
        }).Build();
        var services = new ServiceCollection();
        if (model is not null)
        {
            services.AddSingleton<IChatModels>(model);
        }

        if (notices is not null)
        {
            services.AddSingleton<IReasoningDegradedObserver>(notices);
        }

        services.AddHiringReasoning(configuration);
        feature(services);
        return services.BuildServiceProvider();
    }
}
