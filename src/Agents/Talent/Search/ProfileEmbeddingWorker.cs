using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hiring.Agents.Talent.Search;

/// <summary>
/// The background half of indexing: drains <see cref="EmbeddingQueue"/> and caches each profile's
/// vector, so no search ever waits for an embedding of a profile.
/// </summary>
public sealed class ProfileEmbeddingWorker(EmbeddingQueue queue, ProfileEmbedder embedder, ILogger<ProfileEmbeddingWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
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
            catch (Exception e) when (e is not OperationCanceledException)
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
