using Hiring.Reasoning.Configuration;
using Hiring.Reasoning.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Hiring.Agents.Hosting;

/// <summary>Registers one reasoning task's two implementations behind <see cref="IReasoningTask{TInput, TOutput}"/>.</summary>
public static class ReasoningTaskRegistration
{
    /// <summary>
    /// With <c>Hiring:Ai:Provider</c> BuiltIn the built-in engine answers; otherwise the LLM path does,
    /// falling back to the built-in engine.
    /// </summary>
    public static IServiceCollection AddReasoningTask<TInput, TOutput, TDefinition, TBuiltIn>(this IServiceCollection services)
        where TDefinition : class, ILlmTaskDefinition<TInput, TOutput>
        where TBuiltIn : class, IBuiltInTask<TInput, TOutput>
    {
        services.TryAddSingleton<TDefinition>();
        services.TryAddSingleton<ILlmTaskDefinition<TInput, TOutput>>(sp => sp.GetRequiredService<TDefinition>());
        services.TryAddSingleton<TBuiltIn>();
        services.TryAddSingleton<IBuiltInTask<TInput, TOutput>>(sp => sp.GetRequiredService<TBuiltIn>());
        services.TryAddSingleton<LlmTask<TInput, TOutput>>();
        services.TryAddSingleton<IReasoningTask<TInput, TOutput>>(sp =>
            sp.GetRequiredService<IOptions<ReasoningOptions>>().Value.Provider == AiProvider.BuiltIn
                ? sp.GetRequiredService<IBuiltInTask<TInput, TOutput>>()
                : ActivatorUtilities.CreateInstance<FallbackTask<TInput, TOutput>>(sp));
        return services;
    }
}
