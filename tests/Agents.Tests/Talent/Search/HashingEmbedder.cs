using Hiring.Reasoning.Embeddings;

namespace Hiring.Agents.Tests.Talent.Search;

/// <summary>
/// A fast stand-in for MiniLM: each word lights one of 384 dimensions, so texts sharing words are
/// similar. Counts the texts it embedded, to prove the cache spares work.
/// </summary>
internal sealed class HashingEmbedder : ITextEmbedder
{
    private int _embedded;

    public int Dimensions => 384;

    public int Embedded => Volatile.Read(ref _embedded);

    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        Interlocked.Add(ref _embedded, texts.Count);
        return [.. texts.Select(Vector)];
    }

    private float[] Vector(string text)
    {
        var vector = new float[Dimensions];
        foreach (var word in text.ToLowerInvariant().Split([' ', ',', '.', ':', ';'], StringSplitOptions.RemoveEmptyEntries))
        {
            var bucket = (int)((uint)StableHash(word) % (uint)Dimensions);
            vector[bucket] += 1;
        }

        VectorMath.Normalize(vector);
        return vector;
    }

    private static int StableHash(string word)
    {
        var hash = 17;
        foreach (var c in word)
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash;
    }
}
