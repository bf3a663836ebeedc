using Hiring.Reasoning.Embeddings;
using Hiring.Reasoning.Understanding.Titles;

namespace Hiring.Agents.Tests.Understanding.Titles;

/// <summary>A real MiniLM encoder and the vocabulary's nearest titles from the committed vectors, for one test class.</summary>
public sealed class NearestTitleFixture : IDisposable
{
    public NearestTitleFixture() =>
        Nearest = new NearestTitle(TitleResources.Vocabulary, Embedder, TitleResources.CommittedVectorsPath, cacheFolder: null);

    public MiniLmEmbedder Embedder { get; } = new();

    public NearestTitle Nearest { get; }

    public void Dispose() => Embedder.Dispose();
}
