using Hiring.Reasoning.Embeddings;
using Hiring.Reasoning.Prompts;

namespace Hiring.Reasoning.Understanding.Titles;

/// <summary>
/// The vocabulary title nearest a phrase that no entry matches ("talent scout" → "sourcer"), by
/// cosine similarity of MiniLM sentence vectors, above a threshold. The titles' vectors come from
/// the committed prompts/builtin/vocabulary/title-vectors.bin when its hash matches the
/// vocabulary; otherwise (someone edited titles.yaml) from a cache file in the data folder, and
/// when that does not match either they are computed on first use, reusing the vectors of every
/// unchanged form, and cached there. Everything is lazy: creating this costs nothing, and
/// <see cref="WarmUpAsync"/> prepares it off the request path.
/// </summary>
public sealed class NearestTitle
{
    /// <summary>
    /// Below this, the nearest title is a guess. Measured with MiniLM on this vocabulary:
    /// paraphrases of one job mostly score above 0.70 ("talent scout" → recruiter 0.73, "tax guru"
    /// → tax accountant 0.79, "truck guy" → truck driver 0.82), while jokes, skills and words that
    /// are not titles mostly land between 0.45 and 0.70 ("payments engineer" → contract engineer
    /// 0.65, "senior" 0.68, "bug hunter" → hunter 0.70). Give it title phrases (TitleHeads), not
    /// skills: "python" alone comes out as python developer at 0.80.
    /// </summary>
    public const float DefaultThreshold = 0.7f;

    private const string CacheFileName = "title-vectors.bin";

    private readonly TitleVocabulary _vocabulary;
    private readonly ITextEmbedder _embedder;
    private readonly Lazy<Task<Prepared>> _prepared;

    /// <param name="vocabulary">The titles.</param>
    /// <param name="embedder">The sentence encoder the vectors were computed with.</param>
    /// <param name="committedPath">The vectors file shipped with the vocabulary, or null.</param>
    /// <param name="cacheFolder">Where recomputed vectors are kept (the data folder), or null to keep them in memory only.</param>
    /// <param name="threshold">The least similarity of a match.</param>
    public NearestTitle(TitleVocabulary vocabulary, ITextEmbedder embedder, string? committedPath, string? cacheFolder, float threshold = DefaultThreshold)
    {
        _vocabulary = vocabulary;
        _embedder = embedder;
        Threshold = threshold;
        _prepared = new(() => PrepareAsync(committedPath, cacheFolder), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public float Threshold { get; }

    /// <summary>With the vectors file of a prompts/ folder.</summary>
    public static NearestTitle Create(TitleVocabulary vocabulary, ITextEmbedder embedder, PromptLibrary library, string? cacheFolder, float threshold = DefaultThreshold) =>
        new(vocabulary, embedder, Path.Combine(library.Root, PromptLibrary.BuiltInFolder, TitleVectors.FileName), cacheFolder, threshold);

    /// <summary>Loads, or computes and caches, the titles' vectors now.</summary>
    public Task WarmUpAsync() => _prepared.Value;

    /// <summary>The title nearest the phrase, or null when none is as similar as <see cref="Threshold"/>.</summary>
    public async Task<NearestTitleMatch?> FindAsync(string phrase, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(phrase))
        {
            return null;
        }

        var prepared = await _prepared.Value.WaitAsync(cancellationToken);
        var query = (await _embedder.EmbedAsync([phrase.Trim().ToLowerInvariant()], cancellationToken))[0];
        var (best, similarity) = (-1, float.MinValue);
        for (var i = 0; i < prepared.Vectors.Count; i++)
        {
            var cosine = VectorMath.Cosine(query, prepared.Vectors.Vector(i));
            if (cosine > similarity)
            {
                (best, similarity) = (i, cosine);
            }
        }

        return best >= 0 && similarity >= Threshold
            ? new NearestTitleMatch(prepared.Entries[best], prepared.Vectors.Forms[best], similarity)
            : null;
    }

    private async Task<Prepared> PrepareAsync(string? committedPath, string? cacheFolder)
    {
        // Off the caller's thread: reading and dequantizing the file, or embedding, is CPU work.
        await Task.Yield();
        var forms = TitleVectors.FormsOf(_vocabulary);
        var hash = TitleVectors.HashOf(forms);
        var committed = committedPath is null ? null : TitleVectorsFile.Read(committedPath);
        var cachePath = cacheFolder is null ? null : Path.Combine(cacheFolder, CacheFileName);
        var vectors = committed?.Hash == hash && committed.Dimensions == _embedder.Dimensions ? committed : null;
        if (vectors is null && cachePath is not null && ReadOrNull(cachePath) is { } cached && cached.Hash == hash && cached.Dimensions == _embedder.Dimensions)
        {
            vectors = cached;
        }

        if (vectors is null)
        {
            vectors = await TitleVectors.ComputeAsync(forms, _embedder, committed);
            if (cachePath is not null)
            {
                TitleVectorsFile.Write(vectors, cachePath);
            }
        }

        return new Prepared(vectors, [.. forms.Select(f => _vocabulary.Lookup(f) ?? throw new InvalidOperationException($"'{f}' is not a form of the vocabulary."))]);
    }

    // A damaged cache is recomputed, never fatal.
    private static TitleVectors? ReadOrNull(string path)
    {
        try
        {
            return TitleVectorsFile.Read(path);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IOException)
        {
            return null;
        }
    }

    private sealed record Prepared(TitleVectors Vectors, TitleEntry[] Entries);
}
