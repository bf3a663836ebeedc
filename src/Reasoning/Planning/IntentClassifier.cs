using System.Text.RegularExpressions;
using Hiring.Contracts.Planning;
using Hiring.Reasoning.Embeddings;

namespace Hiring.Reasoning.Planning;

/// <summary>
/// Recognises an intent by the nearest exemplar in MiniLM embedding space (both delexicalized, see
/// <see cref="SlotExtractor.Delexicalize(string)"/>), plus a fixed boost when
/// one of the intent's cue words occurs (short requests embed noisily; a word like "transcript" or
/// "autopilot" is decisive). Exemplars are embedded once; ties go to the intent listed first, so
/// the verdict is deterministic.
/// </summary>
public sealed class IntentClassifier
{
    private readonly IntentCatalog _catalog;
    private readonly ITextEmbedder _embedder;
    private readonly SlotExtractor _slots;
    private readonly Lazy<IntentModel[]> _model;

    // Delexicalized messages repeat often ("find {title} in {place}", "thanks"), so their vectors are
    // kept; the cache is cleared when full rather than tracking recency, which is enough here.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, float[]> _vectors = new(StringComparer.Ordinal);
    private const int MaxCachedVectors = 4096;

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

        if (!_vectors.TryGetValue(delexicalized, out var vector))
        {
            vector = (await _embedder.EmbedAsync([delexicalized], cancellationToken))[0];
            if (_vectors.Count >= MaxCachedVectors)
            {
                _vectors.Clear();
            }

            _vectors[delexicalized] = vector;
        }

        var best = new IntentMatch(PlanIntent.Unknown, double.MinValue, string.Empty);
        foreach (var intent in _model.Value)
        {
            var (similarity, exemplar) = intent.Exemplars
                .Select(e => ((double)VectorMath.Cosine(vector, e.Vector), e.Text))
                .MaxBy(e => e.Item1);
            var cued = intent.Cues.Any(c => c.IsMatch(message));
            if (intent.NeedsCue && !cued)
            {
                continue;
            }

            var score = similarity + (cued ? _catalog.CueBoost : 0);
            if (score > best.Score)
            {
                best = new IntentMatch(intent.Intent, score, exemplar, cued);
            }
        }

        return best.Score < _catalog.Threshold ? best with { Intent = PlanIntent.Unknown } : best;
    }

    private IntentModel[] Build()
    {
        var intents = _catalog.Intents.Where(i => i.Spec.Exemplars.Count > 0).ToArray();
        var texts = intents.SelectMany(i => i.Spec.Exemplars).ToArray();
        var vectors = _embedder.Embed([.. texts.Select(_slots.Delexicalize)]);
        var next = 0;
        return
        [
            .. intents.Select(i => new IntentModel(
                i.Intent,
                [.. i.Spec.Exemplars.Select(text => (text, vectors[next++]))],
                [.. i.Spec.Cues.Select(c => new Regex(c, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))],
                i.Spec.NeedsCue)),
        ];
    }

    private sealed record IntentModel(PlanIntent Intent, (string Text, float[] Vector)[] Exemplars, Regex[] Cues, bool NeedsCue);
}
