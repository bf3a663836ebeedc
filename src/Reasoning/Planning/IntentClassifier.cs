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

    // Delexicalized messages repeat often ("find {title} in {place}", "thanks"), so each one's nearest
    // exemplar per intent is kept (its vector is not needed again); the cache is cleared when full
    // rather than tracking recency, which is enough here.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Nearest[]> _nearest = new(StringComparer.Ordinal);
    private const int MaxCachedMessages = 4096;

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

            var score = nearest[i].Similarity + (cued ? _catalog.CueBoost : 0);
            if (score > best.Score)
            {
                best = new IntentMatch(intent.Intent, score, nearest[i].Exemplar, cued);
            }
        }

        return best.Score < _catalog.Threshold ? best with { Intent = PlanIntent.Unknown } : best;
    }

    /// <summary>Whether one of the intent's cue words occurs in the message ("tack" for SmallTalk), whichever intent is nearest.</summary>
    public bool Cued(PlanIntent intent, string message) => _model.Value.Any(i => i.Intent == intent && i.Cues.Any(c => c.IsMatch(message)));

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

    /// <summary>Each intent's exemplar nearest to <paramref name="vector"/>; the first of equals wins, as MaxBy did.</summary>
    private static Nearest[] NearestExemplars(IntentModel[] model, float[] vector)
    {
        var nearest = new Nearest[model.Length];
        for (var i = 0; i < model.Length; i++)
        {
            var exemplars = model[i].Exemplars;
            var best = new Nearest(VectorMath.Cosine(vector, exemplars[0].Vector), exemplars[0].Text);
            for (var e = 1; e < exemplars.Length; e++)
            {
                var similarity = (double)VectorMath.Cosine(vector, exemplars[e].Vector);
                if (similarity.CompareTo(best.Similarity) > 0)
                {
                    best = new Nearest(similarity, exemplars[e].Text);
                }
            }

            nearest[i] = best;
        }

        return nearest;
    }

    private readonly record struct Nearest(double Similarity, string Exemplar);

    private sealed record IntentModel(PlanIntent Intent, (string Text, float[] Vector)[] Exemplars, Regex[] Cues, bool NeedsCue);
}
