using System.Globalization;
using System.Text;
using System.Text.Json;
using Hiring.Contracts.Outreach;
using Hiring.Contracts.Reasoning;
using Hiring.Reasoning.StructuredOutput;
using Hiring.Reasoning.Tasks;

namespace Hiring.Reasoning.Faq;

/// <summary>
/// The FAQ answer through prompts/faq-answer.yaml. An answer must name a question that is in the FAQ;
/// a hand-off always uses the recruiter-approved hand-off text, never the model's own words.
/// </summary>
public sealed class LlmFaqDefinition(FaqResourceFile resource) : ILlmTaskDefinition<FaqQuestion, FaqAnswer>
{
    public string Name => FaqTask.Name;

    public ModelTier Tier => FaqTask.Tier;

    public string PromptName => FaqTask.PromptName;

    public IReadOnlyDictionary<string, object?> Arguments(FaqQuestion input)
    {
        var faq = new StringBuilder();
        for (var i = 0; i < input.Faq.Count; i++)
        {
            faq.Append(CultureInfo.InvariantCulture, $"{i + 1}. Q: {input.Faq[i].Question}\n   A: {input.Faq[i].Answer}\n");
        }

        return new Dictionary<string, object?>
        {
            ["question"] = input.Question,
            ["faq"] = faq.Length == 0 ? "(empty)" : faq.ToString(),
            ["job"] = input.JobTitle,
        };
    }

    public FaqAnswer Read(JsonElement json, FaqQuestion input, Provenance provenance)
    {
        var confidence = Math.Clamp(JsonFields.Number(json, "confidence"), 0, 1);
        if (!JsonFields.Flag(json, "answered"))
        {
            return new FaqAnswer(false, resource.Handoff, null, confidence, provenance);
        }

        var matched = JsonFields.OptionalText(json, "matched_question");
        var entry = input.Faq.FirstOrDefault(e => string.Equals(e.Question.Trim(), matched?.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new UnusableOutputException($"matched_question \"{matched}\" is not a question of the FAQ.");
        var text = JsonFields.Text(json, "text");
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new UnusableOutputException("answered is true but text is empty.");
        }

        return new FaqAnswer(true, text, entry.Question, confidence, provenance);
    }

    public FaqAnswer WithProvenance(FaqAnswer output, Provenance provenance) => output with { Provenance = provenance };

    public Provenance ProvenanceOf(FaqAnswer output) => output.Provenance;
}
