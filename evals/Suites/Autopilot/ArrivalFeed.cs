using Hiring.Contracts.Talent;
using Hiring.Talent;
using Hiring.Talent.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Hiring.Evals.Suites.Autopilot;

/// <summary>
/// A profile store of its own (SQLite in a temporary folder, the product's store and change feed)
/// where the eval pool's arrivals land after the autopilot took the feed's heads: the run then reads
/// them through <see cref="IProfileStore.ChangesAsync"/>, as it reads a night's new profiles. The
/// people who were there before are not copied: a run reads only what changed after its heads.
/// </summary>
public sealed class ArrivalFeed : IAsyncDisposable
{
    private const int Chunk = 250;
    private readonly ServiceProvider _services;

    private ArrivalFeed(string directory, ServiceProvider services)
    {
        Directory = directory;
        _services = services;
    }

    public string Directory { get; }

    public IProfileStore Store => _services.GetRequiredService<IProfileStore>();

    public static ArrivalFeed Open()
    {
        var directory = Path.Combine(Path.GetTempPath(), "hiring-eval", "arrivals-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        return new ArrivalFeed(directory, new ServiceCollection().AddLogging().AddTalentStore(directory).BuildServiceProvider());
    }

    /// <summary>Stores the profiles of <paramref name="arrivals"/> from <paramref name="pool"/>, in the pool's id order; returns how many arrived.</summary>
    public async Task<int> ArriveAsync(IProfileStore pool, IReadOnlySet<string> arrivals, CancellationToken cancellationToken)
    {
        var batch = new List<CandidateProfile>(Chunk);
        var stored = 0;
        await foreach (var profile in pool.ReadAllAsync(TalentPoolScope.Public, cancellationToken: cancellationToken))
        {
            if (arrivals.Contains(profile.Id))
            {
                batch.Add(profile);
            }

            if (batch.Count == Chunk)
            {
                stored += (await Store.UpsertAsync(TalentPoolScope.Public, batch, cancellationToken)).Inserted;
                batch.Clear();
            }
        }

        if (batch.Count > 0)
        {
            stored += (await Store.UpsertAsync(TalentPoolScope.Public, batch, cancellationToken)).Inserted;
        }

        return stored;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind costs nothing; the run's result stands.
        }
    }
}
