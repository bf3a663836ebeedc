using Hiring.Agents.Autopilot;
using Hiring.Reasoning.Prompts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hiring.Agents.Hosting;

/// <summary>Wires the projects' autopilot: its options (Hiring:Autopilot), rules, batch runner, the silo's batch slots and applicant intake.</summary>
public static class AutopilotServiceCollectionExtensions
{
    /// <summary>Registers what <see cref="ProjectAutopilotGrain"/> needs. Call after evaluation (it evaluates through the batch evaluator and the shortlist gate).</summary>
    public static IServiceCollection AddAutopilot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AutopilotOptions>().Bind(configuration.GetSection(AutopilotOptions.Section));
        services.TryAddSingleton(sp => AutopilotRules.Load(sp.GetRequiredService<PromptLibrary>()));
        services.TryAddSingleton<AutopilotBatchRunner>();
        services.TryAddSingleton<AutopilotSlots>();
        services.TryAddSingleton<AutopilotBatchTurn>();
        services.TryAddSingleton<AutopilotWrapUp>();
        services.TryAddSingleton<AutopilotDigest>();
        services.TryAddSingleton<AutopilotScheduleReader>();
        services.TryAddSingleton<ApplicantIntake>();
        services.TryAddSingleton<ApplicationDesk>();
        return services;
    }
}
