using Hiring.Talent.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Hiring.Agents.Tests.Talent;

/// <summary>The talent store (profiles, importer, synthetic pool) composed on a fresh temp folder, as the CLI composes it.</summary>
public sealed class TalentStoreHarness : IDisposable
{
    private readonly TempDataDirectory _folder = new();
    private readonly ServiceProvider _services;

    public TalentStoreHarness(Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        configure?.Invoke(services);
        services.AddTalentStore(_folder.Path);
        _services = services.BuildServiceProvider();
    }

    public string Path => _folder.Path;

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public string File(string name) => _folder.File(name);

    public void Dispose()
    {
        _services.Dispose();
        _folder.Dispose();
    }
}
