using System.Text.Json;
using Hiring.Agents.Hosting;
using Hiring.Agents.Screening;
using Hiring.Agents.Screening.Questions;
using Hiring.Agents.Tests.Evaluation.Support;
using Hiring.Agents.Tests.Support;
using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Reasoning;
using Hiring.Reasoning.Prompts;
using Hiring.Reasoning.Tasks;
using Microsoft.Extensions.DependencyInjection;
using static Hiring.Agents.Tests.Screening.QuestionWriterTests;

namespace Hiring.Agents.Tests.Screening;

/// <summary>The screening-questions task's LLM path against a queued model: the questions must cover what the evaluation could not confirm.</summary>
public sealed class LlmScreeningQuestionsTests
{
    private static readonly QuestionRequest Request = new(
        [Kubernetes, Go, Kafka],
        [Assessed(Kubernetes, AssessmentVerdict.Met), Assessed(Go, AssessmentVerdict.Partial), Assessed(Kafka, AssessmentVerdict.Unknown)]);

    private static string Answer(params (string Id, string Text)[] questions) =>
        JsonSerializer.Serialize(new { questions = questions.Select(q => new { qualification_id = q.Id, text = q.Text }) });

    [Fact]
    public async Task QuestionsCoveringThePartialAndUnknownQualificationsAreUsedInTheWritersOrder()
    {
        var (task, notices, _) = WithModel(Answer(
            ("q1", "What is the largest Kubernetes cluster you have run?"),
            ("q2", "Your profile shows some Go; how many years, and in which roles?"),
            ("q4", "Have you used Kafka? Tell me about a concrete example.")));

        var set = await task.RunAsync(Request, ReasoningContext.None);

        Assert.Equal((ReasoningEngine.Llm, ScreeningQuestionsTask.PromptName), (set.Provenance.Engine, set.Provenance.PromptName));
        Assert.Equal(["q2", "q4", "q1"], set.Questions.Select(q => q.QualificationId));
        Assert.Equal(AssessmentVerdict.Partial, set.Questions[0].Verdict);
        Assert.Empty(notices.All);
    }

    [Fact]
    public async Task QuestionsThatLeaveAnUnknownQualificationUnaskedFallBackToTheBuiltInQuestions()
    {
        var partial = Answer(("q1", "What is the largest Kubernetes cluster you have run?"), ("q2", "How many years of Go?"));
        var (task, notices, model) = WithModel(partial, partial);

        var set = await task.RunAsync(Request, ReasoningContext.None);

        Assert.Equal(2, model.Calls);
        Assert.Equal((ReasoningEngine.BuiltIn, DegradedReason.UnusableOutput), (set.Provenance.Engine, set.Provenance.FallbackReason));
        Assert.Equal(["q2", "q4", "q1"], set.Questions.Select(q => q.QualificationId));
        Assert.Contains("q4 (Unknown in the evaluation) has no question", Assert.Single(notices.All).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AQuestionAboutAProtectedAttributeFallsBackToTheBuiltInQuestions()
    {
        var answer = Answer(("q2", "We want a young, energetic engineer: how many years of Go do you have?"), ("q4", "Have you used Kafka?"));
        var (task, notices, _) = WithModel(answer, answer);

        var set = await task.RunAsync(Request, ReasoningContext.None);

        Assert.Equal(ReasoningEngine.BuiltIn, set.Provenance.Engine);
        Assert.Contains("The question for q2 mentions", Assert.Single(notices.All).Detail, StringComparison.Ordinal);
    }

    private static (IReasoningTask<QuestionRequest, QuestionSet> Task, DegradedNotices Notices, QueuedChatModel Model) WithModel(params string[] answers) =>
        QueuedModelServices.Task<QuestionRequest, QuestionSet>(answers, services =>
        {
            services.AddHiringPolicy();
            services.AddSingleton(sp => ScreeningPhrases.Load(sp.GetRequiredService<PromptLibrary>()));
            services.AddReasoningTask<QuestionRequest, QuestionSet, LlmScreeningQuestionsDefinition, QuestionWriter>();
        });
}
