using System.Text;
using System.Text.Json;
using Hiring.Contracts.Reasoning;
using Hiring.Contracts.Screening;
using Hiring.Reasoning.StructuredOutput;
using Hiring.Reasoning.Tasks;

namespace Hiring.Agents.Screening.Summaries;

/// <summary>
/// Transcript summaries through prompts/transcript-summary.yaml. The model picks the candidate's words
/// about each approved qualification from the transcript (speakers shown as Candidate and Recruiter,
/// never by name); every quote must be verbatim in a candidate turn (<see cref="TranscriptQuotes"/>) and
/// every qualification answered, otherwise the answer is unusable, which after one repair makes the
/// built-in summarizer answer instead. The notes' sentences are the product's own phrases.
/// </summary>
public sealed class LlmTranscriptSummaryDefinition(ScreeningPhrases phrases) : ILlmTaskDefinition<SummaryRequest, SummaryDraft>
{
    public string Name => TranscriptSummaryTask.Name;

    public ModelTier Tier => TranscriptSummaryTask.Tier;

    public string PromptName => TranscriptSummaryTask.PromptName;

    public IReadOnlyDictionary<string, object?> Arguments(SummaryRequest input)
    {
        var transcript = new StringBuilder();
        foreach (var turn in input.Transcript.Turns)
        {
            var who = string.Equals(turn.Speaker, input.CandidateSpeaker, StringComparison.OrdinalIgnoreCase) ? "Candidate" : "Recruiter";
            transcript.Append(who).Append(": ").Append(turn.Text).Append('\n');
        }

        return new Dictionary<string, object?>
        {
            ["transcript"] = transcript.ToString(),
            ["qualifications"] = string.Join('\n', input.Qualifications.Select(q => $"- id: {q.Id} | {q.Text}")),
            ["max_quotes"] = phrases.MaxQuotes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    public SummaryDraft Read(JsonElement json, SummaryRequest input, Provenance provenance)
    {
        var answers = json.GetProperty("notes").EnumerateArray().ToDictionary(n => JsonFields.Text(n, "qualification_id"), n => JsonFields.Texts(n, "quotes"), StringComparer.Ordinal);
        if (answers.Keys.FirstOrDefault(id => input.Qualifications.All(q => q.Id != id)) is { } unknown)
        {
            throw new UnusableOutputException($"{unknown} is not a qualification of the role.");
        }

        var notes = new List<QualificationNote>(input.Qualifications.Count);
        foreach (var qualification in input.Qualifications)
        {
            if (!answers.TryGetValue(qualification.Id, out var quotes))
            {
                throw new UnusableOutputException($"Qualification {qualification.Id} has no note; give it one, with no quotes when the transcript does not speak to it.");
            }

            if (quotes.FirstOrDefault(q => !TranscriptQuotes.IsVerbatim(input.Transcript, input.CandidateSpeaker, q)) is { } invented)
            {
                throw new UnusableOutputException($"For {qualification.Id}, the quote \"{invented}\" is not verbatim in a Candidate line. Quote the candidate exactly.");
            }

            notes.Add(TranscriptSummarizer.Note(qualification, [.. quotes.Distinct(StringComparer.Ordinal).Take(phrases.MaxQuotes)], input.Name, phrases));
        }

        var summary = TranscriptSummarizer.Compose(input.CandidateId, input.Name, input.Transcript, input.CandidateSpeaker, notes, input.At, phrases);
        return new SummaryDraft(summary, provenance);
    }

    public SummaryDraft WithProvenance(SummaryDraft output, Provenance provenance) => output with { Provenance = provenance };

    public Provenance ProvenanceOf(SummaryDraft output) => output.Provenance;
}
