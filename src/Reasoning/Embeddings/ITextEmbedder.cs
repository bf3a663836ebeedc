namespace Hiring.Reasoning.Embeddings;

/// <summary>Turns text into unit-length vectors whose dot product is cosine similarity.</summary>
public interface ITextEmbedder
{
    /// <summary>Vector length.</summary>
    int Dimensions { get; }

    /// <summary>One vector per text, in order.</summary>
    float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default);

    /// <summary>
    /// As <see cref="Embed"/>, but waits for a free encoder without blocking a thread: use it on
    /// request paths (grains), where many callers may wait at once.
    /// </summary>
    Task<float[][]> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken = default) =>
        Task.FromResult(Embed(texts, cancellationToken));
}
