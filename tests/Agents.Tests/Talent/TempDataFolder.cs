using Hiring.Agents.Hosting;
using Hiring.Talent.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Hiring.Agents.Tests.Talent;

/// <summary>A data folder of its own for one test, with the talent services wired on it; deleted afterwards.</summary>
public sealed class TempDataFolder : IDisposable
{
    private readonly ServiceProvider _services;

    public TempDataFolder(Action<IServiceCollection>? configure = null)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "hiring-talent-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
        var services = new ServiceCollection();
        configure?.Invoke(services);
        services.AddTalentStore(Path);
        _services = services.BuildServiceProvider();
    }

    public string Path { get; }

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        _services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a finalizing handle is left for the OS temp cleaner.
        }
    }
}
