using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hiring.Evals.Product;

/// <summary>
/// A silo builder that only collects registrations, so the eval resolves the planner, intake and the
/// message policy from exactly the services <c>AddHiringAgents</c> wires, without starting a silo.
/// </summary>
internal sealed class ServicesOnlySiloBuilder(IServiceCollection services, IConfiguration configuration) : ISiloBuilder
{
    public IServiceCollection Services { get; } = services;

    public IConfiguration Configuration { get; } = configuration;
}
