namespace Hiring.Agents.Embeddings;

/// <summary>Turns text into unit-length vectors whose dot product is cosine similarity.</summary>
public interface ITextEmbedder
{
    /// <summary>Vector length.</summary>
    int Dimensions { get; }

    /// <summary>One vector per text, in order.</summary>
    float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default);
}
