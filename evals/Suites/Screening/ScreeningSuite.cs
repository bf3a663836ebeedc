using Hiring.Agents.Screening.Questions;
using Hiring.Agents.Screening.Summaries;
using Hiring.Agents.Screening.Transcripts;
using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Screening;
using Hiring.Evals.Cases;
using Hiring.Evals.Core;
using Hiring.Evals.Judges;

namespace Hiring.Evals.Suites.Screening;

/// <summary>
/// The screening agent's plain classes from the product's services: questions for a candidate, then
/// the summary of their screen's transcript. Metrics: <c>question_coverage</c> (of the qualifications
/// the evaluation left Partial or Unknown, and the must-haves, the share a question probes),
/// <c>summary_faithfulness</c> (of the quotes the summarizer writes, before any check, the share that
/// are verbatim parts of the candidate's turns; must be 1) and <c>coverage_accuracy</c> (of the
/// qualifications, the share marked covered or not covered as the case says the screen truly is).
/// </summary>
public sealed class ScreeningSuite : IEvalSuite
{
    public const string QuestionCoverage = "question_coverage";
    public const string SummaryFaithfulness = "summary_faithfulness";
    public const string CoverageAccuracy = "coverage_accuracy";

    public string Name => "screening";

    public SuiteNeeds Needs => SuiteNeeds.None;

    public Task<SuiteReport> RunAsync(EvalRun run, CancellationToken cancellationToken)
    {
        var writer = run.Product.Required<QuestionWriter>();
        var summarizer = run.Product.Required<TranscriptSummarizer>();
        var speakers = run.Product.Required<CandidateSpeaker>();
        return SuiteSplits.RunAsync(run, Name, (c, tally, _) => Task.FromResult(RunCase(writer, summarizer, speakers, c, tally)), [QuestionCoverage, CoverageAccuracy], cancellationToken);
    }

    private static CaseResult RunCase(QuestionWriter writer, TranscriptSummarizer summarizer, CandidateSpeaker speakers, EvalCase evalCase, MetricTally tally)
    {
        var screening = ScreeningCase.From(evalCase);
        var questions = writer.Write(screening.Qualifications, screening.Assessments);
        var wanted = screening.Qualifications.Where(q => q.Kind == QualificationKind.MustHave || QuestionWriter.VerdictOf(q, screening.Assessments) is AssessmentVerdict.Partial or AssessmentVerdict.Unknown).Select(q => q.Id).ToList();
        var unasked = wanted.Where(id => !questions.Any(q => q.QualificationId == id)).ToList();
        foreach (var id in wanted)
        {
            tally.Ratio(QuestionCoverage, !unasked.Contains(id));
        }

        var transcript = TranscriptReader.Read(screening.Transcript);
        var speaker = speakers.Find(transcript, screening.Candidate);
        var summary = summarizer.Summarize("case", screening.Candidate, transcript, speaker, screening.Qualifications, DateTimeOffset.UnixEpoch);
        var invented = summary.Notes.SelectMany(n => n.Quotes).Where(q => !TranscriptQuotes.IsVerbatim(transcript, speaker, q)).ToList();
        foreach (var quote in summary.Notes.SelectMany(n => n.Quotes))
        {
            tally.Ratio(SummaryFaithfulness, !invented.Contains(quote));
        }

        var wrong = new List<string>();
        foreach (var note in summary.Notes)
        {
            var expected = screening.Covered.Contains(note.QualificationId) ? NoteCoverage.Covered : screening.NotCovered.Contains(note.QualificationId) ? NoteCoverage.NotCovered : (NoteCoverage?)null;
            if (expected is { } truth)
            {
                tally.Ratio(CoverageAccuracy, truth == note.Coverage);
                if (truth != note.Coverage)
                {
                    wrong.Add($"{note.QualificationId}: {truth}");
                }
            }
        }

        var passed = unasked.Count == 0 && invented.Count == 0 && wrong.Count == 0;
        return new CaseResult(
            evalCase.Id,
            passed,
            string.Join("; ", [.. unasked.Select(id => $"a question on {id}"), .. wrong]),
            string.Join("; ", [.. unasked.Select(id => $"no question on {id}"), .. invented.Select(q => $"invented \"{q}\""), .. wrong.Select(w => "not " + w)]),
            [new JudgeScore("screening", "questions", unasked.Count == 0 ? 1 : 0), new JudgeScore("screening", "faithful", invented.Count == 0 ? 1 : 0)]);
    }
}
