using Hiring.Agents.Sourcing;
using Hiring.Agents.Sourcing.Variants;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Hiring.Agents.Hosting;

/// <summary>Wires the sourcing agent's services.</summary>
public static class SourcingExtensions
{
    /// <summary>
    /// Binds <c>Hiring:Sourcing</c> to <see cref="SourcingOptions"/> and registers the query planner,
    /// the strategies' runner, the insight ranking, the feedback loop, the recruiter query history and
    /// the sourcing-query reasoning task (built-in engine, or the LLM with built-in fallback).
    /// Needs the talent search (<see cref="TalentSearchExtensions.AddTalentSearch"/>), the reasoning
    /// layer (<see cref="ReasoningServiceCollectionExtensions.AddHiringReasoning"/>) and the log store.
    /// </summary>
    public static IServiceCollection AddSourcing(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SourcingOptions>().Bind(configuration.GetSection(SourcingOptions.Section));
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<SourcingOptions>>().Value);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<QueryPlanner>();
        services.TryAddSingleton<PoolProfiles>();
        services.TryAddSingleton<SignalReader>();
        services.TryAddSingleton<InsightRanker>();
        services.TryAddSingleton<FeedbackLoop>();
        services.TryAddSingleton<SearchRefiner>();
        services.TryAddSingleton<QueryHistory>();
        services.TryAddSingleton<SourcingRunner>();
        services.TryAddSingleton<SourcingAgent>();
        services.AddReasoningTask<SourcingQueryRequest, SourcingQueryVariants, LlmSourcingQueryDefinition, BuiltInQueryVariants>();
        return services;
    }
}
