using Hiring.Agents.SubAgents;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hiring.Agents.Hosting;

/// <summary>What every sub-agent shares, and how an agent's action handlers are registered.</summary>
public static class SubAgentServiceCollectionExtensions
{
    /// <summary>Binds <c>Hiring:SubAgents</c> to <see cref="SubAgentOptions"/> (the bound record of finished steps, report retries, the wake-up reminder).</summary>
    public static IServiceCollection AddSubAgents(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SubAgentOptions>().Bind(configuration.GetSection(SubAgentOptions.Section));
        return services;
    }

    /// <summary>Registers <typeparamref name="THandler"/> as one action of the agent whose state is <typeparamref name="TState"/> (and as itself).</summary>
    public static IServiceCollection AddStepHandler<TState, THandler>(this IServiceCollection services)
        where TState : class, ISubAgentState
        where THandler : class, IStepHandler<TState>
    {
        services.TryAddSingleton<THandler>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStepHandler<TState>, THandler>());
        return services;
    }
}
