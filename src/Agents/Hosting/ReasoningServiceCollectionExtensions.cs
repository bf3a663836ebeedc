using Hiring.Contracts.Outreach;
using Hiring.Contracts.Planning;
using Hiring.Reasoning.Configuration;
using Hiring.Reasoning.Embeddings;
using Hiring.Reasoning.Faq;
using Hiring.Reasoning.Planning;
using Hiring.Reasoning.Prompts;
using Hiring.Reasoning.Providers;
using Hiring.Reasoning.Resilience;
using Hiring.Reasoning.StructuredOutput;
using Hiring.Reasoning.Usage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Hiring.Agents.Hosting;

/// <summary>Wires the reasoning layer: provider and tiers, prompts, structured output, resilience, usage, and the tasks.</summary>
public static class ReasoningServiceCollectionExtensions
{
    /// <summary>
    /// Binds <c>Hiring:Ai</c> (validated at start-up), finds prompts/ (<c>Hiring:Prompts:Path</c>), and
    /// registers <c>IReasoningTask&lt;PlanRequest, Plan&gt;</c> and <c>IReasoningTask&lt;FaqQuestion, FaqAnswer&gt;</c>,
    /// the <see cref="IUsageLedger"/> and the <see cref="DegradedSignal"/> (add <see cref="IReasoningDegradedObserver"/>s to hear it).
    /// </summary>
    public static IServiceCollection AddHiringReasoning(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReasoningOptions>()
            .Bind(configuration.GetSection(ReasoningOptions.Section))
            .PostConfigure(options => new ApiKeyFromEnvironment(configuration).PostConfigure(Options.DefaultName, options))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ReasoningOptions>, ReasoningOptionsValidator>());

        services.AddLogging();
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ReasoningMetrics>();
        services.TryAddSingleton(_ => PromptLibrary.FromConfiguration(configuration));
        services.TryAddSingleton<PromptRenderer>();
        services.TryAddSingleton<ITextEmbedder, MiniLmEmbedder>();
        services.TryAddSingleton<IUsageLedger, UsageLedger>();
        services.TryAddSingleton<DegradedSignal>();
        services.TryAddSingleton<ModelCircuit>();
        services.TryAddSingleton<IChatModels, SemanticKernelChatModels>();
        services.TryAddSingleton<StructuredChat>();
        services.AddModelHttpClient(configuration);

        services.AddUnderstanding();
        services.TryAddSingleton(sp => IntentCatalog.Load(sp.GetRequiredService<PromptLibrary>()));
        services.TryAddSingleton(sp => SlotExtractor.Load(sp.GetRequiredService<PromptLibrary>(), sp.GetRequiredService<Reasoning.Understanding.Requests.RoleRequestReader>()));
        services.TryAddSingleton<IntentClassifier>();
        services.AddReasoningTask<PlanRequest, Plan, LlmPlannerDefinition, BuiltInPlanner>();
        services.AddHostedService<UnderstandingWarmup>();

        services.TryAddSingleton(sp => FaqResourceFile.Load(sp.GetRequiredService<PromptLibrary>()));
        services.AddReasoningTask<FaqQuestion, FaqAnswer, LlmFaqDefinition, BuiltInFaqAnswerer>();
        return services;
    }
}
