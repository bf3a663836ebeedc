using Hiring.Agents.Outreach;
using Hiring.Agents.Screening;
using Hiring.Agents.Screening.Questions;
using Hiring.Agents.Screening.Summaries;
using Hiring.Agents.Screening.Transcripts;
using Hiring.Agents.SubAgents;
using Hiring.Agents.Tests.Outreach.Agent;
using Hiring.Agents.Tests.Outreach.Drafting.Support;
using Hiring.Agents.Tests.Policy;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Reasoning;
using Hiring.Contracts.Screening;

namespace Hiring.Agents.Tests.Screening;

/// <summary>prepare-questions and summarize-transcript on a project in memory, finding candidates as outreach does and keeping what they make in the screening log.</summary>
public sealed class ScreeningStepsTests : IDisposable
{
    private static readonly ScreeningPhrases Phrases = ScreeningPhrases.Load(PolicyResources.Prompts);
    private readonly OutreachAgentHarness _project = new(Jobs.Backend, Jobs.BackendQualifications);
    private readonly ScreeningRecords _records;
    private readonly PrepareQuestionsStep _prepare;
    private readonly SummarizeTranscriptStep _summarize;

    public ScreeningStepsTests()
    {
        _records = new ScreeningRecords(_project.Log);
        var candidates = new ScreeningCandidates(new OutreachRecipients(_project.Profiles, OutreachAgentHarness.Phrases), Phrases);
        var importer = new TranscriptImporter(new CandidateSpeaker(Phrases), new TranscriptSummarizer(new QualificationTerms(Phrases), Phrases), new SummaryCheck(Phrases), _records, Phrases, TimeProvider.System);
        _prepare = new PrepareQuestionsStep(candidates, new QuestionWriter(Phrases), _records, Phrases);
        _summarize = new SummarizeTranscriptStep(candidates, importer, _records, Phrases);
    }

    public void Dispose() => _project.Dispose();

    [Fact]
    public async Task QuestionsForTheTopCandidateAimAtTheirPartialAndUnknownQualificationsAndTheMustHavesAndAreKept()
    {
        await _project.InPipelineAsync((Candidates.Engineer, 0.9), (Candidates.Analyst, 0.4));
        _project.Project.Put(Candidates.Engineer.Id, PipelineStage.Contacted, 0.9);
        _project.Project.Assessments[Candidates.Engineer.Id] = [Assessed("q1", AssessmentVerdict.Met), Assessed("q2", AssessmentVerdict.Partial)];

        var outcome = await RunAsync(_prepare, PlanActions.PrepareQuestions, new() { [StepValueNames.Request] = "what should I ask the top candidate?" });

        var kept = Assert.Single(await _records.ReadAsync(OutreachAgentHarness.Tenant, OutreachAgentHarness.ProjectId, [Candidates.Engineer.Id, Candidates.Analyst.Id]));
        Assert.Equal(Candidates.Engineer.Id, kept.CandidateId);
        Assert.Equal(["q2", "q3", "q1"], kept.Questions.Select(q => q.QualificationId));
        Assert.Equal([AssessmentVerdict.Partial, AssessmentVerdict.Unknown, AssessmentVerdict.Met], kept.Questions.Select(q => q.Verdict));
        Assert.Contains("Maria Lopez", outcome.Summary, StringComparison.Ordinal);
        Assert.All(kept.Questions, q => Assert.Contains(q.Text, outcome.Summary, StringComparison.Ordinal));
        Assert.Equal(Candidates.Engineer.Id, outcome.Outputs[StepValueNames.CandidateId]);
    }

    [Fact]
    public async Task QuestionsForSomeoneNotInThePipelineAreAnsweredWithAQuestionAndNothingIsKept()
    {
        await _project.InPipelineAsync((Candidates.Engineer, 0.9));

        var outcome = await RunAsync(_prepare, PlanActions.PrepareQuestions, new() { [StepValueNames.Request] = "questions for Zed", [StepValueNames.Candidate] = "Zed" });

        Assert.Contains("can't find \"Zed\"", outcome.Question, StringComparison.Ordinal);
        Assert.Empty(await _records.ReadAsync(OutreachAgentHarness.Tenant, OutreachAgentHarness.ProjectId, [Candidates.Engineer.Id]));
    }

    [Fact]
    public async Task ATranscriptPastedInChatIsSummarizedWithVerbatimQuotesAndKeptForTheCard()
    {
        await _project.InPipelineAsync((Candidates.Engineer, 0.9));
        const string message = "Summarize my screen with Maria:\nRecruiter: How much Kubernetes have you run?\nMaria Lopez: Four years on EKS, all of it in production.\nRecruiter: Thanks!";

        var outcome = await RunAsync(_summarize, PlanActions.SummarizeTranscript, new() { [StepValueNames.Request] = message, [StepValueNames.Candidate] = "Maria" });

        var summary = Assert.Single(await _records.ReadAsync(OutreachAgentHarness.Tenant, OutreachAgentHarness.ProjectId, [Candidates.Engineer.Id])).Summary!;
        Assert.Equal("Maria Lopez", summary.CandidateSpeaker);
        Assert.Equal(["Four years on EKS, all of it in production."], summary.Notes[0].Quotes);
        Assert.Equal([NoteCoverage.Covered, NoteCoverage.NotCovered, NoteCoverage.NotCovered], summary.Notes.Select(n => n.Coverage));
        Assert.All(summary.Notes.SelectMany(n => n.Quotes), q => Assert.Contains(q, message, StringComparison.Ordinal));
        Assert.Contains(summary.Text, outcome.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnreadableTranscriptIsAnsweredWithTheReasonAndNothingIsKept()
    {
        await _project.InPipelineAsync((Candidates.Engineer, 0.9));

        var outcome = await RunAsync(_summarize, PlanActions.SummarizeTranscript, new() { [StepValueNames.Request] = "Summarize this for Maria:\nWEBVTT\n\n00:00:01.000 --> garbage\n<v Maria>Hi", [StepValueNames.Candidate] = "Maria" });

        Assert.Contains("couldn't read the transcript", outcome.Summary, StringComparison.Ordinal);
        Assert.Contains("Nothing was stored", outcome.Summary, StringComparison.Ordinal);
        Assert.Empty(await _records.ReadAsync(OutreachAgentHarness.Tenant, OutreachAgentHarness.ProjectId, [Candidates.Engineer.Id]));
    }

    private Task<StepOutcome> RunAsync(IStepHandler<PlaceholderState> handler, string action, Dictionary<string, string> inputs) =>
        handler.RunAsync(new StepContext<PlaceholderState>($"{OutreachAgentHarness.Tenant}/{OutreachAgentHarness.ProjectId}", _project.Command(action, inputs), new PlaceholderState(), _project.Project), CancellationToken.None);

    private static QualificationAssessment Assessed(string qualification, AssessmentVerdict verdict) =>
        new(Candidates.Engineer.Id, qualification, 1, verdict, [], "test", null, new(ReasoningEngine.BuiltIn, "built-in", "evaluation", "1", ModelTier.Fast), DateTimeOffset.UnixEpoch);
}
