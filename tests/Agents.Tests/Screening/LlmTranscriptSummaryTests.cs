using System.Text.Json;
using Hiring.Agents.Hosting;
using Hiring.Agents.Screening;
using Hiring.Agents.Screening.Summaries;
using Hiring.Agents.Screening.Transcripts;
using Hiring.Agents.Tests.Evaluation.Support;
using Hiring.Agents.Tests.Support;
using Hiring.Contracts.Reasoning;
using Hiring.Contracts.Screening;
using Hiring.Reasoning.Prompts;
using Hiring.Reasoning.Tasks;
using Microsoft.Extensions.DependencyInjection;

namespace Hiring.Agents.Tests.Screening;

/// <summary>The transcript-summary task's LLM path against a queued model: a summary is used only when every quote is the candidate's own words.</summary>
public sealed class LlmTranscriptSummaryTests
{
    private static readonly SummaryRequest Request = new("maria", "Maria Lopez", TranscriptReader.Read(TranscriptSummaryTests.Screen), "Maria Lopez", TranscriptSummaryTests.Qualifications, new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));

    private static string Answer(string kubernetesQuote) => JsonSerializer.Serialize(new
    {
        notes = new object[]
        {
            Note("q1", kubernetesQuote),
            Note("q2", "Our settlement services are all Go."),
            Note("q3"),
        },
    });

    private static object Note(string id, params string[] quotes) => new { qualification_id = id, quotes };

    [Fact]
    public async Task ASummaryQuotingTheCandidateVerbatimIsUsed()
    {
        var (task, notices, _) = WithModel(Answer("I migrated our payments platform to it."));

        var draft = await task.RunAsync(Request, ReasoningContext.None);

        Assert.Equal(new Provenance(ReasoningEngine.Llm, "queued-model", TranscriptSummaryTask.PromptName, "1", ModelTier.Fast), draft.Provenance);
        Assert.Equal(["I migrated our payments platform to it."], draft.Summary.Notes[0].Quotes);
        Assert.Equal([NoteCoverage.Covered, NoteCoverage.Covered, NoteCoverage.NotCovered], draft.Summary.Notes.Select(n => n.Coverage));
        Assert.Empty(notices.All);
    }

    [Fact]
    public void TheModelSeesSpeakersAsCandidateAndRecruiterNotByName()
    {
        using var services = Services(new QueuedChatModel());

        var transcript = (string)services.GetRequiredService<LlmTranscriptSummaryDefinition>().Arguments(Request)["transcript"]!;

        Assert.StartsWith("Recruiter: Thanks for joining", transcript, StringComparison.Ordinal);
        Assert.Contains("Candidate: I write Go every day.", transcript, StringComparison.Ordinal);
        Assert.DoesNotContain("Maria Lopez:", transcript, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("I ran Kubernetes clusters for ten years.")]
    [InlineData("How much Kubernetes have you run in production?")]
    public async Task AQuoteNotInTheCandidatesTurnsFallsBackToTheBuiltInSummaryWithTheReasonRecorded(string quote)
    {
        var (task, notices, model) = WithModel(Answer(quote), Answer(quote));

        var draft = await task.RunAsync(Request, new ReasoningContext("t1", "t1/r1", "t1/p1"));

        Assert.Equal(2, model.Calls);
        Assert.Equal((ReasoningEngine.BuiltIn, TranscriptSummarizer.EngineName, DegradedReason.UnusableOutput), (draft.Provenance.Engine, draft.Provenance.Model, draft.Provenance.FallbackReason));
        Assert.Contains("About four years, mostly on EKS.", draft.Summary.Notes[0].Quotes);
        Assert.DoesNotContain(quote, draft.Summary.Notes.SelectMany(n => n.Quotes));
        var notice = Assert.Single(notices.All);
        Assert.Equal(TranscriptSummaryTask.Name, notice.Task);
        Assert.Contains($"the quote \"{quote}\" is not verbatim", notice.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASummaryThatSkipsAQualificationIsRepairedOnce()
    {
        var partial = JsonSerializer.Serialize(new { notes = new[] { Note("q1", "About four years, mostly on EKS.") } });
        var (task, _, model) = WithModel(partial, Answer("About four years, mostly on EKS."));

        var draft = await task.RunAsync(Request, ReasoningContext.None);

        Assert.Equal((2, ReasoningEngine.Llm), (model.Calls, draft.Provenance.Engine));
    }

    [Fact]
    public void WithTheBuiltInProviderTheSummarizerAnswers()
    {
        using var services = Services(null);

        Assert.IsType<TranscriptSummarizer>(services.GetRequiredService<IReasoningTask<SummaryRequest, SummaryDraft>>());
    }

    private static (IReasoningTask<SummaryRequest, SummaryDraft> Task, DegradedNotices Notices, QueuedChatModel Model) WithModel(params string[] answers) =>
        QueuedModelServices.Task<SummaryRequest, SummaryDraft>(answers, Feature);

    /// <summary>The reasoning layer and the transcript-summary task registered as AddScreening registers it.</summary>
    private static ServiceProvider Services(QueuedChatModel? model) => QueuedModelServices.Build(model, null, Feature);

    private static void Feature(IServiceCollection services)
    {
        services.AddSingleton(sp => ScreeningPhrases.Load(sp.GetRequiredService<PromptLibrary>()));
        services.AddSingleton<QualificationTerms>();
        services.AddReasoningTask<SummaryRequest, SummaryDraft, LlmTranscriptSummaryDefinition, TranscriptSummarizer>();
    }
}
