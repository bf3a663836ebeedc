using Hiring.Agents.Learning;
using Hiring.Reasoning.Prompts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hiring.Agents.Hosting;

/// <summary>Wires the learning agent: its rules, the examples it reads, the model, the observer and its one step.</summary>
public static class LearningServiceCollectionExtensions
{
    /// <summary>Registers what <see cref="LearningAgentGrain"/> needs. Call after sourcing (it reads profiles through the pool) and the policy.</summary>
    public static IServiceCollection AddLearning(this IServiceCollection services)
    {
        services.TryAddSingleton(sp => LearningRules.Load(sp.GetRequiredService<PromptLibrary>()));
        services.TryAddSingleton<LearningExamples>();
        services.TryAddSingleton<LearningModel>();
        services.TryAddSingleton<LearningObserver>();
        services.TryAddSingleton<ApplyLearningStep>();
        return services;
    }
}
