using Hiring.Reasoning.Embeddings;

namespace Hiring.Agents.Tests.Talent.Search;

/// <summary>One real MiniLM model for a test class: loading it is the slow part.</summary>
public sealed class MiniLmFixture : IDisposable
{
    public MiniLmEmbedder Embedder { get; } = new();

    public void Dispose() => Embedder.Dispose();
}
