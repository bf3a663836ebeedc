using System.Text.Json;
using Hiring.Agents.Evaluation;
using Hiring.Agents.Tests.Evaluation.Support;
using Hiring.Agents.Tests.Talent;
using Hiring.Agents.Tests.Talent.Search;
using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Reasoning;
using Hiring.Contracts.Talent;
using Hiring.Reasoning.StructuredOutput;
using Hiring.Reasoning.Tasks;
using Microsoft.Extensions.DependencyInjection;

using Hiring.Agents.Tests.Support;

namespace Hiring.Agents.Tests.Evaluation;

public sealed class LlmEvaluationTests
{
    private static readonly CandidateProfile Profile = ProfileBuilder.Person("c1")
        .Headline("Backend Engineer")
        .Worked("Nimbus", "Backend Engineer", new DateOnly(2020, 1, 1), null, "Built   services with Golang and K8s.\nOn call for payments.")
        .Skills("Go", "Kubernetes")
        .Build();

    private static readonly EvaluationRequest Request = new(Profile, [Quals.Skill("q1", "go", 3), Quals.Location("q2", "Lisbon")]);

    private static string Answer(string section, string quote) => JsonSerializer.Serialize(new
    {
        assessments = new object[]
        {
            new { qualification_id = "q1", verdict = "Met", quotes = new[] { new { section, text = quote } }, rationale = "Go in the current role since 2020.", years = 6.5 },
            new { qualification_id = "q2", verdict = "Unknown", quotes = Array.Empty<object>(), rationale = "No location.", years = (double?)null },
        },
    });

    private static (IReasoningTask<EvaluationRequest, CandidateEvaluation> Task, DegradedNotices Notices, QueuedChatModel Model) WithModel(params string[] answers)
    {
        var model = new QueuedChatModel(answers);
        var notices = new DegradedNotices();
        var services = EvaluationServices.WithModel(model, notices, new InMemoryProfileStore(), new TestMasker());
        return (services.GetRequiredService<IReasoningTask<EvaluationRequest, CandidateEvaluation>>(), notices, model);
    }

    [Fact]
    public async Task AnAnswerQuotingTheProfileVerbatimIsAccepted()
    {
        var (task, notices, _) = WithModel(Answer("experience[0].description", "Built services with Golang and K8s."));

        var evaluation = await task.RunAsync(Request, ReasoningContext.None);

        Assert.Equal(ReasoningEngine.Llm, evaluation.Provenance.Engine);
        Assert.Equal(("queued-model", "evaluation"), (evaluation.Provenance.Model, evaluation.Provenance.PromptName));
        var go = evaluation.Assessments[0];
        Assert.Equal((AssessmentVerdict.Met, 6.5), (go.Verdict, go.Years));
        Assert.Equal(ReasoningEngine.Llm, go.Provenance.Engine);
        Assert.Empty(notices.All);
    }

    [Fact]
    public async Task AnInventedQuoteIsRejectedAndTheBuiltInEngineAnswersWithADegradedNotice()
    {
        var invented = Answer("experience[0].description", "Led a team of 40 Go engineers.");
        var (task, notices, model) = WithModel(invented, invented);

        var evaluation = await task.RunAsync(Request, new ReasoningContext("t1", "t1/r1", "t1/p1"));

        Assert.Equal(2, model.Calls);
        Assert.Equal(ReasoningEngine.BuiltIn, evaluation.Provenance.Engine);
        Assert.Equal(DegradedReason.UnusableOutput, evaluation.Provenance.FallbackReason);
        Assert.All(evaluation.Assessments, a => Assert.Equal(ReasoningEngine.BuiltIn, a.Provenance.Engine));
        Assert.All(evaluation.Assessments.SelectMany(a => a.Evidence), q => Assert.True(QuoteCheck.IsVerbatim(Profile, q)));
        Assert.Equal("evaluation", Assert.Single(notices.All).Task);
    }

    [Fact]
    public async Task ARepairedAnswerIsAcceptedAfterOneInventedQuote()
    {
        var (task, notices, model) = WithModel(
            Answer("experience[0].description", "Wrote Go for ten years."),
            Answer("experience[0].description", "Built services with Golang and K8s."));

        var evaluation = await task.RunAsync(Request, ReasoningContext.None);

        Assert.Equal((2, ReasoningEngine.Llm), (model.Calls, evaluation.Provenance.Engine));
        Assert.Empty(notices.All);
    }

    [Theory]
    [InlineData("experience[0].description", "Built services with Golang and K8s.", true)]
    [InlineData("experience[0].description", "Built services with Golang and K8s. On call for payments.", true)]
    [InlineData("experience[0].description", "built services with golang and k8s.", false)]
    [InlineData("experience[0].title", "Built services with Golang and K8s.", false)]
    [InlineData("experience[3].description", "Built services", false)]
    [InlineData("skills", "Go, Kubernetes", true)]
    [InlineData("skills", "Go, Rust", false)]
    public void AQuoteCountsOnlyWhenVerbatimInItsSectionWithWhitespaceNormalised(string section, string text, bool verbatim)
    {
        Assert.Equal(verbatim, QuoteCheck.IsVerbatim(Profile, new EvidenceQuote(section, text)));
    }

    [Fact]
    public void AnAnswerThatSkipsAQualificationIsUnusable()
    {
        var definition = new LlmEvaluationDefinition(EvaluationHarness.Rules, EvaluationHarness.Constraints, EvaluationHarness.Clock());
        using var json = JsonDocument.Parse("""{"assessments":[]}""");

        Assert.Throws<UnusableOutputException>(() => definition.Read(json.RootElement, Request, new Provenance(ReasoningEngine.Llm, "m", "evaluation", "1", ModelTier.Reasoning)));
    }
}
