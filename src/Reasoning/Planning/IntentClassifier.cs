using System.Text.RegularExpressions;
using Hiring.Contracts.Planning;
using Hiring.Reasoning.Embeddings;

namespace Hiring.Reasoning.Planning;

/// <summary>
/// Recognises an intent by the nearest exemplar in MiniLM embedding space (both delexicalized, see
/// <see cref="SlotExtractor.Delexicalize(string)"/>), plus a fixed boost when
/// one of the intent's cue words occurs (short requests embed noisily; a word like "transcript" or
/// "autopilot" is decisive). An intent's cued exemplars (requests in other languages) count only when one of its cues occurs.
/// Exemplars are embedded once; ties go to the intent listed first, so the verdict is deterministic.
/// </summary>
public sealed class IntentClassifier
{
    private readonly IntentCatalog _catalog;
    private readonly ITextEmbedder _embedder;
    private readonly SlotExtractor _slots;
    private readonly Lazy<IntentModel[]> _model;

    // Delexicalized messages repeat often ("find {title} in {place}", "thanks"), so each one's nearest
    // exemplar per intent is kept (its vector is not needed again); the cache is cleared when full
    // rather than tracking recency, which is enough here.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, NearestPair[]> _nearest = new(StringComparer.Ordinal);
    private const int MaxCachedMessages = 4096;

    // Keyed by the embedder's kind and a hash of the delexicalized exemplars; a process holds one or two exemplar sets.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, float[][]> SharedExemplarVectors = new(StringComparer.Ordinal);

    public IntentClassifier(IntentCatalog catalog, ITextEmbedder embedder, SlotExtractor slots)
    {
        _catalog = catalog;
        _embedder = embedder;
        _slots = slots;
        _model = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public Task<IntentMatch> ClassifyAsync(string message, CancellationToken cancellationToken = default) =>
        ClassifyAsync(message, _slots.Delexicalize(message), cancellationToken);

    /// <summary>Classifies a message whose entities the caller has already masked (see <see cref="SlotExtractor.Delexicalize(string)"/>).</summary>
    public async Task<IntentMatch> ClassifyAsync(string message, string delexicalized, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(message))
        {
            return new IntentMatch(PlanIntent.Unknown, 0, string.Empty);
        }

        var model = _model.Value;
        if (!_nearest.TryGetValue(delexicalized, out var nearest))
        {
            nearest = NearestExemplars(model, (await _embedder.EmbedAsync([delexicalized], cancellationToken))[0]);
            if (_nearest.Count >= MaxCachedMessages)
            {
                _nearest.Clear();
            }

            _nearest[delexicalized] = nearest;
        }

        var best = new IntentMatch(PlanIntent.Unknown, double.MinValue, string.Empty);
        for (var i = 0; i < model.Length; i++)
        {
            var intent = model[i];
            var cued = intent.Cues.Any(c => c.IsMatch(message));
            if (intent.NeedsCue && !cued)
            {
                continue;
            }

            var near = cued ? nearest[i].WithCued : nearest[i].Plain;
            var score = near.Similarity + (cued ? _catalog.CueBoost : 0);
            if (score > best.Score)
            {
                best = new IntentMatch(intent.Intent, score, near.Exemplar, cued);
            }
        }

        return best.Score < _catalog.Threshold ? best with { Intent = PlanIntent.Unknown } : best;
    }

    /// <summary>Whether one of the intent's cue words occurs in the message ("tack" for SmallTalk), whichever intent is nearest.</summary>
    public bool Cued(PlanIntent intent, string message) => _model.Value.Any(i => i.Intent == intent && i.Cues.Any(c => c.IsMatch(message)));

    private IntentModel[] Build()
    {
        var intents = _catalog.Intents.Where(i => i.Spec.Exemplars.Count > 0).ToArray();
        var texts = intents.SelectMany(i => i.Spec.Exemplars.Concat(i.Spec.CuedExemplars)).ToArray();
        var vectors = ExemplarVectors([.. texts.Select(_slots.Delexicalize)]);
        var next = 0;
        return
        [
            .. intents.Select(i => new IntentModel(
                i.Intent,
                [.. i.Spec.Exemplars.Select(text => (text, vectors[next++]))],
                [.. i.Spec.CuedExemplars.Select(text => (text, vectors[next++]))],
                [.. i.Spec.Cues.Select(c => new Regex(c, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))],
                i.Spec.NeedsCue)),
        ];
    }

    /// <summary>
    /// The exemplars' vectors, embedded once per process for an embedder of a kind and the same exemplars: a second host in the
    /// process (a gateway beside its silo, a test's host, an eval suite's assistant) reads the vectors the first embedded, which
    /// were about three seconds of MiniLM per start. The embedders are deterministic, so the vectors are the same.
    /// </summary>
    private float[][] ExemplarVectors(string[] delexicalized)
    {
        var key = $"{_embedder.GetType().FullName}:{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', delexicalized))))}";
        // Embedded by this classifier's own embedder when missing (never by a factory kept from another host, whose embedder
        // may be disposed by now); two hosts starting at once may both embed them, and either's vectors are kept.
        if (!SharedExemplarVectors.TryGetValue(key, out var vectors))
        {
            vectors = _embedder.Embed(delexicalized);
            SharedExemplarVectors.TryAdd(key, vectors);
        }

        return vectors;
    }

    /// <summary>Each intent's exemplar nearest to <paramref name="vector"/>, without and with its cued ones; the first of equals wins, as MaxBy did.</summary>
    private static NearestPair[] NearestExemplars(IntentModel[] model, float[] vector)
    {
        var nearest = new NearestPair[model.Length];
        for (var i = 0; i < model.Length; i++)
        {
            var plain = Closest(model[i].Exemplars, vector, new Nearest(double.MinValue, string.Empty));
            nearest[i] = new NearestPair(plain, Closest(model[i].CuedExemplars, vector, plain));
        }

        return nearest;
    }

    private static Nearest Closest((string Text, float[] Vector)[] exemplars, float[] vector, Nearest best)
    {
        foreach (var (text, exemplar) in exemplars)
        {
            var similarity = (double)VectorMath.Cosine(vector, exemplar);
            if (similarity.CompareTo(best.Similarity) > 0)
            {
                best = new Nearest(similarity, text);
            }
        }

        return best;
    }

    private readonly record struct Nearest(double Similarity, string Exemplar);

    /// <summary>The nearest of an intent's exemplars, and the nearest of them and its cued ones together.</summary>
    private readonly record struct NearestPair(Nearest Plain, Nearest WithCued);

    private sealed record IntentModel(PlanIntent Intent, (string Text, float[] Vector)[] Exemplars, (string Text, float[] Vector)[] CuedExemplars, Regex[] Cues, bool NeedsCue);
}
