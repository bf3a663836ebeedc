using Hiring.Contracts.Outreach;
using Hiring.Contracts.Reasoning;
using Hiring.Reasoning.Embeddings;
using Hiring.Reasoning.Tasks;

namespace Hiring.Reasoning.Faq;

/// <summary>
/// Answers with the FAQ entry whose question is nearest to the candidate's (MiniLM cosine) when it is
/// near enough; otherwise says honestly that the recruiter will follow up. Never composes an answer.
/// </summary>
public sealed class BuiltInFaqAnswerer(FaqResourceFile resource, ITextEmbedder embedder) : IBuiltInTask<FaqQuestion, FaqAnswer>
{
    public const string EngineName = "builtin:minilm-faq";
    public const string ResourceName = "builtin/faq";

    public string Name => FaqTask.Name;

    public ModelTier Tier => FaqTask.Tier;

    public Task<FaqAnswer> RunAsync(FaqQuestion input, ReasoningContext context, CancellationToken cancellationToken = default)
    {
        var provenance = new Provenance(ReasoningEngine.BuiltIn, EngineName, ResourceName, resource.Version, Tier);
        if (input.Faq.Count == 0 || string.IsNullOrWhiteSpace(input.Question))
        {
            return Task.FromResult(HandOff(0, provenance));
        }

        var vectors = embedder.Embed([input.Question, .. input.Faq.Select(e => e.Question)], cancellationToken);
        var (best, score) = (-1, double.MinValue);
        for (var i = 0; i < input.Faq.Count; i++)
        {
            var similarity = VectorMath.Cosine(vectors[0], vectors[i + 1]);
            if (similarity > score)
            {
                (best, score) = (i, similarity);
            }
        }

        var answer = score >= resource.Threshold
            ? new FaqAnswer(true, input.Faq[best].Answer, input.Faq[best].Question, Math.Clamp(score, 0, 1), provenance)
            : HandOff(score, provenance);
        return Task.FromResult(answer);
    }

    private FaqAnswer HandOff(double score, Provenance provenance) =>
        new(false, resource.Handoff, null, Math.Clamp(1 - score, 0, 1), provenance);
}
