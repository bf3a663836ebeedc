using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Hiring.Agents.Hosting;
using Hiring.Talent;
using Hiring.Talent.Hosting;
using Hiring.Talent.Search;
using Hiring.Talent.Store;
using Hiring.Talent.Synthetic;
using Microsoft.Extensions.DependencyInjection;

namespace Hiring.Evals.Pool;

/// <summary>
/// The synthetic pool the pool suites (sourcing, evaluation, fairness) score against, with its ground
/// truth and protected attributes. Seeded into <c>{data}/eval-pool</c> the first time (profiles, index
/// and, unless turned off, vectors) and reused afterwards: a marker file written last records the
/// options, so a half-seeded or differently seeded folder is seeded again from scratch.
/// </summary>
public sealed class EvalPool : IAsyncDisposable
{
    public const string Folder = "eval-pool";
    public const string MarkerFile = "eval-pool.json";
    private const int EmbedChunk = 256;

    private readonly ServiceProvider _services;

    private EvalPool(string directory, EvalPoolOptions options, ServiceProvider services, bool seededNow, IReadOnlyList<GroundTruthRecord> truth, IReadOnlyDictionary<string, ProtectedAttributes> attributes)
    {
        Directory = directory;
        Options = options;
        _services = services;
        SeededNow = seededNow;
        GroundTruth = truth;
        Truth = truth.ToDictionary(t => t.Id, StringComparer.Ordinal);
        ProtectedAttributes = attributes;
    }

    /// <summary>The pool's data folder ({data}/eval-pool).</summary>
    public string Directory { get; }

    public EvalPoolOptions Options { get; }

    /// <summary>True when this open seeded the pool; false when an earlier run's pool was reused.</summary>
    public bool SeededNow { get; }

    /// <summary>The talent services over the pool's folder (store, index, search, insights), as the CLI wires them.</summary>
    public IServiceProvider Services => _services;

    public IProfileStore Profiles => _services.GetRequiredService<IProfileStore>();

    public ITalentIndex Index => _services.GetRequiredService<ITalentIndex>();

    public TalentSearch Search => _services.GetRequiredService<TalentSearch>();

    /// <summary>What the generator knows about each person, in generation order.</summary>
    public IReadOnlyList<GroundTruthRecord> GroundTruth { get; }

    /// <summary>The ground truth by profile id.</summary>
    public IReadOnlyDictionary<string, GroundTruthRecord> Truth { get; }

    /// <summary>Gender, age band and name group by profile id (never shown to the product; for fairness).</summary>
    public IReadOnlyDictionary<string, ProtectedAttributes> ProtectedAttributes { get; }

    public static async Task<EvalPool> OpenAsync(string dataDirectory, EvalPoolOptions options, TextWriter? log = null, CancellationToken cancellationToken = default)
    {
        var directory = Path.Combine(Path.GetFullPath(dataDirectory), Folder);
        var marker = Path.Combine(directory, MarkerFile);
        var seed = !File.Exists(marker) || ReadMarker(marker) != options;
        if (seed && System.IO.Directory.Exists(directory))
        {
            // Only this folder, which the eval owns: a pool seeded with other options or cut short.
            System.IO.Directory.Delete(directory, recursive: true);
        }

        System.IO.Directory.CreateDirectory(directory);
        var services = new ServiceCollection().AddLogging().AddTalentStore(directory).AddTalentSearch(directory).BuildServiceProvider();
        try
        {
            if (seed)
            {
                await SeedAsync(services, options, log, cancellationToken);
                await File.WriteAllTextAsync(marker, JsonSerializer.Serialize(options), cancellationToken);
            }

            var truth = new List<GroundTruthRecord>();
            await foreach (var record in GroundTruthFile.ReadAsync(GroundTruthFile.PathFor(directory, options.Seed), cancellationToken))
            {
                truth.Add(record);
            }

            var attributes = new Dictionary<string, ProtectedAttributes>(StringComparer.Ordinal);
            await foreach (var (id, value) in services.GetRequiredService<IProtectedAttributeStore>().ReadAllAsync(TalentPoolScope.Public, cancellationToken))
            {
                attributes[id] = value;
            }

            return new EvalPool(directory, options, services, seed, truth, attributes);
        }
        catch
        {
            await services.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    private static async Task SeedAsync(ServiceProvider services, EvalPoolOptions options, TextWriter? log, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        log?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"eval pool: seeding {options.Profiles:N0} profiles (seed {options.Seed}, as of {options.AsOf:yyyy-MM-dd}) once"));
        await services.GetRequiredService<SyntheticPoolSeeder>().SeedAsync(new SyntheticPoolOptions(options.Profiles, options.Seed, options.AsOf), cancellationToken: cancellationToken);
        if (options.Embed)
        {
            var index = services.GetRequiredService<LuceneTalentIndex>();
            var embedder = services.GetRequiredService<ProfileEmbedder>();
            foreach (var chunk in index.MissingVectors(TalentPoolScope.Public).Chunk(EmbedChunk))
            {
                embedder.Process(chunk, cancellationToken);
            }
        }

        log?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"eval pool: ready in {watch.Elapsed.TotalSeconds:0.0} s"));
    }

    private static EvalPoolOptions? ReadMarker(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<EvalPoolOptions>(File.ReadAllText(path));
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
