using Hiring.Agents.Cluster;
using Hiring.Agents.Outreach.Scheduling;
using Hiring.Agents.Supervisor;
using Hiring.Reasoning.Resilience;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hiring.Agents.Hosting;

/// <summary>One call wires the agents into a silo: tenant isolation and database faults callers can receive, storage (embedded or cluster, from Hiring:Cluster), streams, reasoning and the supervisor.</summary>
public static class HiringAgentsExtensions
{
    public static ISiloBuilder AddHiringAgents(this ISiloBuilder silo, string dataDirectory, IConfiguration configuration)
    {
        var cluster = ClusterSettings.Read(configuration);
        silo.AddHiringCallFilters();
        silo.AddHiringStorage(dataDirectory, cluster);
        silo.AddHiringStreams(cluster);
        silo.Services.AddHiringSupervisor(configuration);
        silo.Services.AddSubAgents(configuration);
        silo.Services.AddHiringTalent(dataDirectory, cluster);
        silo.Services.AddIntake();
        silo.Services.AddSourcing(configuration);
        silo.Services.AddEvaluation(configuration);
        silo.Services.AddOutreach(dataDirectory, configuration);
        silo.Services.AddScreening();
        silo.Services.AddLearning();
        silo.Services.AddAutopilot(configuration);
        silo.Services.AddCandidatePrivacy();
        return silo;
    }

    /// <summary>The supervisor's services: options, the message policy every message passes, the sub-agent router, the degraded-notice bridge and the stop of background work.</summary>
    public static IServiceCollection AddHiringSupervisor(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHiringReasoning(configuration);
        services.AddHiringPolicy();
        services.AddMemory();
        services.AddOptions<SupervisorOptions>().Bind(configuration.GetSection(SupervisorOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ISubAgentRouter, SubAgentRouter>();
        services.TryAddSingleton<IProjectDesk, GrainProjectDesk>();
        services.TryAddSingleton(sp => SupervisorMessages.Load(sp.GetRequiredService<Reasoning.Prompts.PromptLibrary>()));
        services.TryAddSingleton(sp => AvailabilityPhrases.Load(sp.GetRequiredService<Reasoning.Prompts.PromptLibrary>()));
        services.TryAddSingleton<AvailabilitySentenceReader>();
        services.TryAddSingleton<AvailabilityBook>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReasoningDegradedObserver, DegradedNoticeCollector>());
        services.TryAddSingleton<BackgroundWorkShutdown>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ILifecycleParticipant<ISiloLifecycle>, BackgroundWorkShutdown>(sp => sp.GetRequiredService<BackgroundWorkShutdown>()));
        return services;
    }
}
