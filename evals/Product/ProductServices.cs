using Hiring.Agents.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hiring.Evals.Product;

/// <summary>
/// The product's services as the silo wires them (<c>AddHiringAgents</c>), built without a silo: the
/// planner, the intake extraction, the message policy when one is registered. Nothing here starts
/// hosted services; nothing is written until a suite asks for storage.
/// </summary>
public sealed class ProductServices : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private ProductServices(ServiceProvider provider) => _provider = provider;

    public IServiceProvider Services => _provider;

    public static ProductServices Build(string dataDirectory, IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        new ServicesOnlySiloBuilder(services, configuration).AddHiringAgents(dataDirectory, configuration);
        return new ProductServices(services.BuildServiceProvider());
    }

    public T Required<T>()
        where T : notnull => _provider.GetRequiredService<T>();

    public T? Optional<T>() => _provider.GetService<T>();

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
