using Hiring.Agents.Embeddings;
using Hiring.Contracts.Planning;

namespace Hiring.Agents.Reasoning.Planning;

/// <summary>
/// Recognises an intent by the nearest exemplar in MiniLM embedding space. Exemplars are embedded
/// once; ties go to the exemplar listed first, so the verdict is deterministic.
/// </summary>
public sealed class IntentClassifier
{
    private readonly IntentCatalog _catalog;
    private readonly ITextEmbedder _embedder;
    private readonly Lazy<(PlanIntent Intent, string Text, float[] Vector)[]> _exemplars;

    public IntentClassifier(IntentCatalog catalog, ITextEmbedder embedder)
    {
        _catalog = catalog;
        _embedder = embedder;
        _exemplars = new(EmbedExemplars, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public IntentMatch Classify(string message, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(message))
        {
            return new IntentMatch(PlanIntent.Unknown, 0, string.Empty);
        }

        var vector = _embedder.Embed([message], cancellationToken)[0];
        var best = (Intent: PlanIntent.Unknown, Score: double.MinValue, Text: string.Empty);
        foreach (var exemplar in _exemplars.Value)
        {
            var score = VectorMath.Cosine(vector, exemplar.Vector);
            if (score > best.Score)
            {
                best = (exemplar.Intent, score, exemplar.Text);
            }
        }

        return best.Score < _catalog.Threshold
            ? new IntentMatch(PlanIntent.Unknown, best.Score, best.Text)
            : new IntentMatch(best.Intent, best.Score, best.Text);
    }

    private (PlanIntent, string, float[])[] EmbedExemplars()
    {
        var exemplars = _catalog.Intents.SelectMany(i => i.Spec.Exemplars.Select(text => (i.Intent, text))).ToArray();
        var vectors = _embedder.Embed([.. exemplars.Select(e => e.text)]);
        return [.. exemplars.Select((e, index) => (e.Intent, e.text, vectors[index]))];
    }
}
