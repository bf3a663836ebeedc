using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Projects;
using Hiring.Reasoning.Embeddings;

namespace Hiring.Agents.Evaluation;

/// <summary>
/// "Other" qualifications: MiniLM cosine between the qualification and each sentence of the
/// profile's headline, summary, titles and descriptions; the best sentence is the quote.
/// Never NotMet, since a sentence that is not similar proves nothing.
/// </summary>
public sealed class SimilarityAssessment(ITextEmbedder embedder)
{
    public AssessmentDraft Assess(ProfileReading reading, Qualification qualification, CancellationToken cancellationToken = default)
    {
        var sentences = ProfileSections.All(reading.Profile)
            .Where(s => s.Name is not (ProfileSections.Skills or ProfileSections.Location) && !s.Name.StartsWith("education", StringComparison.Ordinal))
            .SelectMany(s => Sentences.Split(s.Text).Select(text => new EvidenceQuote(s.Name, text)))
            .ToList();
        if (sentences.Count == 0)
        {
            return new AssessmentDraft(AssessmentVerdict.Unknown, [], reading.Rules.Say("no_history"));
        }

        var vectors = embedder.Embed([qualification.Text, .. sentences.Select(s => s.Text)], cancellationToken);
        var (best, score) = (0, double.MinValue);
        for (var i = 0; i < sentences.Count; i++)
        {
            double similarity = VectorMath.Cosine(vectors[0], vectors[i + 1]);
            if (similarity > score)
            {
                (best, score) = (i, similarity);
            }
        }

        var values = ("similarity", score.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
        if (score >= reading.Rules.SimilarityMet)
        {
            return new AssessmentDraft(AssessmentVerdict.Met, [sentences[best]], reading.Rules.Say("other_met", values));
        }

        return score >= reading.Rules.SimilarityPartial
            ? new AssessmentDraft(AssessmentVerdict.Partial, [sentences[best]], reading.Rules.Say("other_partial", values))
            : new AssessmentDraft(AssessmentVerdict.Unknown, [], reading.Rules.Say("other_unknown", values));
    }
}
