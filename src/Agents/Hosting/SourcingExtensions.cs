using Hiring.Agents.Sourcing;
using Hiring.Agents.Sourcing.Constraints;
using Hiring.Agents.Sourcing.Feedback;
using Hiring.Agents.Sourcing.Remembered;
using Hiring.Agents.Sourcing.Variants;
using Hiring.Reasoning.Prompts;
using Hiring.Reasoning.Understanding.Places;
using Hiring.Talent.Hosting;
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
    /// the strategies' runner, the insight ranking, the feedback loop, the recruiter query history, what
    /// sourcing follows of the recruiter's kept memories (over the memory grain and the qualification policy),
    /// the spec's constraints (over the one location seam), the reader of the recruiter's feedback and
    /// the sourcing-query reasoning task (built-in engine, or the LLM with built-in fallback).
    /// Needs the talent search (<see cref="TalentSearchExtensions.AddTalentSearch"/>), the reasoning
    /// layer (<see cref="ReasoningServiceCollectionExtensions.AddHiringReasoning"/>) and the log store.
    /// </summary>
    public static IServiceCollection AddSourcing(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SourcingOptions>().Bind(configuration.GetSection(SourcingOptions.Section));
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<SourcingOptions>>().Value);
        services.TryAddSingleton(TimeProvider.System);
        services.AddConstraints();
        services.TryAddSingleton<QueryPlanner>();
        services.TryAddSingleton(sp => SourcingMemoryRules.Load(sp.GetRequiredService<PromptLibrary>()));
        services.TryAddSingleton<SourcingMemoryReader>();
        services.TryAddSingleton<IRecruiterMemories, GrainFactoryRecruiterMemories>();
        services.TryAddSingleton<RoleMemories>();
        services.TryAddSingleton<SearchPreparation>();
        services.AddStepHandler<SourcingState, CalibrationStep>();
        // set-autopilot reads the recruiter's schedule words and says what the autopilot will do.
        services.TryAddSingleton(sp => Autopilot.AutopilotRules.Load(sp.GetRequiredService<PromptLibrary>()));
        services.TryAddSingleton<Autopilot.AutopilotScheduleReader>();
        services.TryAddSingleton<Autopilot.AutopilotDigest>();
        services.TryAddSingleton(sp => FeedbackPhrases.Load(sp.GetRequiredService<PromptLibrary>()));
        services.TryAddSingleton<FeedbackReader>();
        services.TryAddSingleton<PreferenceLearner>();
        services.TryAddSingleton<PreferenceRanker>();
        services.AddStepHandler<SourcingState, FeedbackStep>();
        services.TryAddSingleton<PoolProfiles>();
        services.TryAddSingleton<SignalReader>();
        services.TryAddSingleton<InsightRanker>();
        services.TryAddSingleton<FeedbackLoop>();
        services.AddStepHandler<SourcingState, SearchRefiner>();
        services.TryAddSingleton<QueryHistory>();
        services.TryAddSingleton<SourcingHistory>();
        services.TryAddSingleton<SourcingRunner>();
        services.AddStepHandler<SourcingState, SearchStep>();
        services.AddStepHandler<SourcingState, AutopilotStep>();
        services.AddReasoningTask<SourcingQueryRequest, SourcingQueryVariants, LlmSourcingQueryDefinition, BuiltInQueryVariants>();
        return services;
    }

    /// <summary>
    /// The spec's constraints and the one location seam every check goes through (sourcing, evaluation
    /// and the shortlist gate share them), over the gazetteer of the prompts folder: the process-wide one
    /// when it is the folder beside the program, else one loaded from the configured folder.
    /// </summary>
    public static IServiceCollection AddConstraints(this IServiceCollection services)
    {
        services.TryAddSingleton(sp =>
        {
            var library = sp.GetRequiredService<PromptLibrary>();
            var beside = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, PromptLibrary.FolderName));
            return string.Equals(library.Root.TrimEnd(Path.DirectorySeparatorChar), beside.TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal)
                ? Gazetteer.Default
                : Gazetteer.Load(library);
        });
        services.TryAddSingleton<PlaceMatcher>();
        services.TryAddSingleton<ILocationMatcher, PlaceLocationMatcher>();
        services.TryAddSingleton<CandidateConstraints>();
        return services;
    }
}
