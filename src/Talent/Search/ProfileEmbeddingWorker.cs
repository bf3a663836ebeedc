using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hiring.Talent.Search;

/// <summary>
/// The background half of indexing: drains <see cref="EmbeddingQueue"/> and caches each profile's
/// vector, so no search ever waits for an embedding of a profile. Given the index, it first queues
/// the profiles indexed while no worker ran (by the CLI or the benchmark).
/// </summary>
public sealed class ProfileEmbeddingWorker(
    EmbeddingQueue queue,
    ProfileEmbedder embedder,
    ILogger<ProfileEmbeddingWorker> logger,
    LuceneTalentIndex? backfillFrom = null) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RunAsync(stoppingToken);
        }
        catch (Exception) when (stoppingToken.IsCancellationRequested)
        {
            // A normal stop. ONNX Runtime ends a run it is told to terminate with its own exception, not a
            // cancellation; the profiles it was embedding are found again by the backfill on the next start.
        }
    }

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        // Off the host's start-up path: a large pool takes a while to scan.
        await Task.Yield();
        foreach (var scope in backfillFrom?.ScopesOnDisk() ?? [])
        {
            var done = 0;
            foreach (var chunk in backfillFrom!.MissingVectors(scope).Chunk(ProfileEmbedder.BatchSize))
            {
                stoppingToken.ThrowIfCancellationRequested();
                done += embedder.Process(chunk, stoppingToken);
            }

            if (done > 0)
            {
                logger.LogInformation("Embedded {Count} profiles of {Scope} indexed while no worker ran", done, scope);
            }
        }

        var reader = queue.Reader;
        var batch = new List<EmbeddingJob>(ProfileEmbedder.BatchSize);
        while (await reader.WaitToReadAsync(stoppingToken))
        {
            while (batch.Count < ProfileEmbedder.BatchSize && reader.TryRead(out var job))
            {
                batch.Add(job);
            }

            try
            {
                embedder.Process(batch, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException && !stoppingToken.IsCancellationRequested)
            {
                // The profiles stay searchable by keywords; they simply keep their BM25 rank.
                logger.LogError(e, "Embedding {Count} profiles failed", batch.Count);
            }
            finally
            {
                queue.MarkDone(batch.Count);
                batch.Clear();
            }
        }
    }
}
