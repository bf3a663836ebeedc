using System.Text.Json;
using Hiring.Contracts.Reasoning;
using Hiring.Contracts.Screening;
using Hiring.Reasoning.Policy;
using Hiring.Reasoning.StructuredOutput;
using Hiring.Reasoning.Tasks;

namespace Hiring.Agents.Screening.Questions;

/// <summary>
/// Screening questions through prompts/screening-questions.yaml, for the same qualifications the built-in
/// <see cref="QuestionWriter"/> picks (what the evaluation could not confirm first, then the must-haves).
/// The model words one question per qualification; a set that leaves a Partial or Unknown qualification
/// unasked, asks about one not listed, or words a question the message policy refuses is unusable, which
/// after one repair makes the built-in writer answer instead.
/// </summary>
public sealed class LlmScreeningQuestionsDefinition(IMessagePolicy policy) : ILlmTaskDefinition<QuestionRequest, QuestionSet>
{
    public string Name => ScreeningQuestionsTask.Name;

    public ModelTier Tier => ScreeningQuestionsTask.Tier;

    public string PromptName => ScreeningQuestionsTask.PromptName;

    public IReadOnlyDictionary<string, object?> Arguments(QuestionRequest input) => new Dictionary<string, object?>
    {
        ["qualifications"] = string.Join('\n', QuestionWriter.Targets(input).Select(t =>
            $"- id: {t.Qualification.Id} | {(t.Essential ? "must-have" : "nice-to-have")} | evaluation: {t.Verdict} | {t.Qualification.Text}")),
    };

    public QuestionSet Read(JsonElement json, QuestionRequest input, Provenance provenance)
    {
        var targets = QuestionWriter.Targets(input);
        var asked = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var question in json.GetProperty("questions").EnumerateArray())
        {
            var id = JsonFields.Text(question, "qualification_id");
            var text = JsonFields.Text(question, "text").Trim();
            if (targets.All(t => t.Qualification.Id != id))
            {
                throw new UnusableOutputException($"{id} is not a qualification listed to ask about.");
            }

            if (policy.Screen(text).Findings is [var finding, ..])
            {
                throw new UnusableOutputException($"The question for {id} mentions {finding.Attribute} (\"{finding.Phrase}\"): {finding.Reason}");
            }

            asked.TryAdd(id, text);
        }

        if (targets.FirstOrDefault(t => t.Unconfirmed && !asked.ContainsKey(t.Qualification.Id)) is { } missed)
        {
            throw new UnusableOutputException($"{missed.Qualification.Id} ({missed.Verdict} in the evaluation) has no question; ask about every qualification the evaluation could not confirm.");
        }

        var questions = targets.Where(t => asked.ContainsKey(t.Qualification.Id))
            .Select(t => new ScreeningQuestion(t.Qualification.Id, t.Qualification.Text, t.Verdict, t.Essential, asked[t.Qualification.Id]))
            .ToList();
        return new QuestionSet(questions, provenance);
    }

    public QuestionSet WithProvenance(QuestionSet output, Provenance provenance) => output with { Provenance = provenance };

    public Provenance ProvenanceOf(QuestionSet output) => output.Provenance;
}
