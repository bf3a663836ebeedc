using Hiring.Agents.Privacy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hiring.Agents.Hosting;

/// <summary>Wires a candidate's erasure and the answer to "how did you find me?".</summary>
public static class PrivacyServiceCollectionExtensions
{
    public static IServiceCollection AddCandidatePrivacy(this IServiceCollection services)
    {
        services.TryAddSingleton<TenantLogs>();
        services.TryAddSingleton<GrainStateEraser>();
        services.TryAddSingleton<CandidateEraser>();
        services.TryAddSingleton<CandidateProvenance>();
        return services;
    }
}
