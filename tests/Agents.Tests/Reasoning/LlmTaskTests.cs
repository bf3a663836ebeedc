using Hiring.Agents.Tests.Reasoning.Support;
using Hiring.Contracts.Outreach;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Reasoning;
using Hiring.Reasoning.Faq;
using Hiring.Reasoning.Planning;
using Hiring.Reasoning.Tasks;
using Hiring.Reasoning.Usage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace Hiring.Agents.Tests.Reasoning;

/// <summary>The LLM path against a scripted chat model: validation, one repair, fallback, circuit, usage.</summary>
public sealed class LlmTaskTests
{
    private static readonly ReasoningContext Recruiter = new("acme", "acme/alice", "acme/go-berlin");

    [Fact]
    public async Task AValidAnswerBecomesAPlanThatRecordsTheModelAndPromptVersion()
    {
        var model = new ScriptedChatCompletionService().Answers(ModelAnswers.FindGoEngineersPlan);
        using var services = ReasoningServices.WithScriptedModel(model);

        var plan = await Planner(services).RunAsync(new PlanRequest("Find senior Go engineers in Berlin"), Recruiter);

        Assert.Equal(PlanIntent.FindCandidates, plan.Intent);
        Assert.Equal(new Provenance(ReasoningEngine.Llm, "scripted-model", "planner", "4", ModelTier.Reasoning), plan.Provenance);
        Assert.Equal(["go"], plan.Slots.Skills);
        Assert.Equal(ApprovalAction.StartSourcing, plan.Steps[0].Approval);
        Assert.Equal("Find senior Go engineers in Berlin", plan.Steps[1].Inputs[StepValueNames.Request]);
        var sent = Assert.Single(model.Received);
        Assert.Equal(AuthorRole.System, sent[0].Role);
        Assert.Contains("Message: Find senior Go engineers in Berlin", sent[1].Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhetherAStepNeedsApprovalComesFromTheCatalogNotTheModel()
    {
        var model = new ScriptedChatCompletionService().Answers(ModelAnswers.SearchWithoutApprovalPlan);
        using var services = ReasoningServices.WithScriptedModel(model);

        var plan = await Planner(services).RunAsync(new PlanRequest("Find backend engineers"), Recruiter);

        var step = Assert.Single(plan.Steps);
        Assert.True(step.NeedsApproval);
        Assert.Equal(ApprovalAction.StartSourcing, step.Approval);
    }

    [Fact]
    public async Task AnUnusableAnswerIsRepairedOnceWithTheReasonSentBack()
    {
        var model = new ScriptedChatCompletionService().Answers("Sure! Here is the plan you asked for.").Answers(ModelAnswers.FindGoEngineersPlan);
        using var services = ReasoningServices.WithScriptedModel(model);

        var plan = await Planner(services).RunAsync(new PlanRequest("Find senior Go engineers in Berlin"), Recruiter);

        Assert.Equal(ReasoningEngine.Llm, plan.Provenance.Engine);
        var repair = model.Received[1];
        Assert.Equal(AuthorRole.Assistant, repair[^2].Role);
        Assert.Equal("Sure! Here is the plan you asked for.", repair[^2].Content);
        Assert.Contains("Your previous answer could not be used: The answer is not valid JSON", repair[^1].Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAnswerThatInventsAnActionIsRejectedWithTheReason()
    {
        var model = new ScriptedChatCompletionService().Answers(ModelAnswers.InventedActionPlan).Answers(ModelAnswers.FindGoEngineersPlan);
        using var services = ReasoningServices.WithScriptedModel(model);

        await Planner(services).RunAsync(new PlanRequest("Find senior Go engineers in Berlin"), Recruiter);

        Assert.Contains("steps[0]: Outreach.hire-everyone is not an action the assistant has", model.Received[1][^1].Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswersStillUnusableAfterTheRepairFallBackToTheBuiltInEngineAndRaiseTheDegradedSignal()
    {
        var model = new ScriptedChatCompletionService().Answers("{\"intent\": \"FindCandidates\"}").Answers("{\"intent\": \"Hire\"}");
        var observer = new CapturingDegradedObserver();
        using var services = ReasoningServices.WithScriptedModel(model, observer);

        var plan = await Planner(services).RunAsync(new PlanRequest("Find senior Go engineers in Berlin"), Recruiter);

        // The built-in engine answers instead: a role with no project open starts one.
        Assert.Equal(PlanIntent.StartProject, plan.Intent);
        Assert.Equal(ReasoningEngine.BuiltIn, plan.Provenance.Engine);
        Assert.Equal(DegradedReason.UnusableOutput, plan.Provenance.FallbackReason);
        var notice = Assert.Single(observer.Notices);
        Assert.Equal(("planner", DegradedReason.UnusableOutput, "acme", "acme/alice", "acme/go-berlin"), (notice.Task, notice.Reason, notice.Tenant, notice.Recruiter, notice.Project));
        Assert.Contains("Still unusable after one repair attempt", notice.Detail, StringComparison.Ordinal);
        Assert.Contains("$.intent: \"Hire\" is not one of", notice.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnreachableModelFallsBackAsUnavailable()
    {
        var model = new ScriptedChatCompletionService().Fails(new HttpOperationException(System.Net.HttpStatusCode.ServiceUnavailable, "down", "down", null));
        var observer = new CapturingDegradedObserver();
        using var services = ReasoningServices.WithScriptedModel(model, observer);

        var plan = await Planner(services).RunAsync(new PlanRequest("turn off autopilot"), Recruiter);

        Assert.Equal(PlanIntent.AutopilotOff, plan.Intent);
        Assert.Equal(DegradedReason.Unavailable, plan.Provenance.FallbackReason);
        Assert.Equal("The model answered HTTP 503 after retries.", Assert.Single(observer.Notices).Detail);
    }

    [Fact]
    public async Task AModelThatKeepsFailingIsLeftAloneByTheCircuitBreaker()
    {
        var model = new ScriptedChatCompletionService()
            .Fails(new HttpRequestException("refused"))
            .Fails(new HttpRequestException("refused"))
            .Answers(ModelAnswers.FindGoEngineersPlan);
        var observer = new CapturingDegradedObserver();
        using var services = ReasoningServices.WithScriptedModel(model, observer, new Dictionary<string, string?>
        {
            ["Hiring:Ai:Calls:MinimumThroughput"] = "2",
            ["Hiring:Ai:Calls:BreakDuration"] = "00:01:00",
        });
        var planner = Planner(services);

        for (var i = 0; i < 3; i++)
        {
            await planner.RunAsync(new PlanRequest("Find senior Go engineers in Berlin"), Recruiter);
        }

        Assert.Equal(2, model.Received.Count);
        Assert.Equal([DegradedReason.Unavailable, DegradedReason.Unavailable, DegradedReason.CircuitOpen], observer.Notices.Select(n => n.Reason));
    }

    [Fact]
    public async Task UsageAndEstimatedCostAreRecordedPerRecruiterAndPerProject()
    {
        var model = new ScriptedChatCompletionService()
            .Answers("not json", inputTokens: 1000, outputTokens: 10)
            .Answers(ModelAnswers.FindGoEngineersPlan, inputTokens: 1200, outputTokens: 300);
        using var services = ReasoningServices.WithScriptedModel(model, extra: new Dictionary<string, string?>
        {
            ["Hiring:Ai:Prices:scripted-model:InputPerMillion"] = "2.50",
            ["Hiring:Ai:Prices:scripted-model:OutputPerMillion"] = "10",
        });

        await Planner(services).RunAsync(new PlanRequest("Find senior Go engineers in Berlin"), Recruiter);

        var ledger = services.GetRequiredService<IUsageLedger>();
        var expected = new UsageTotals(2, 2200, 310, (2200 * 2.50m / 1_000_000m) + (310 * 10m / 1_000_000m));
        Assert.Equal(expected, ledger.ForRecruiter("acme/alice"));
        Assert.Equal(expected, ledger.ForProject("acme/go-berlin"));
        Assert.Equal(UsageTotals.Zero, ledger.ForProject("acme/other"));
        Assert.Equal([(1000, 10), (1200, 300)], ledger.Recent().Select(r => (r.InputTokens, r.OutputTokens)));
        Assert.All(ledger.Recent(), r => Assert.Equal(("planner", "scripted-model"), (r.Task, r.Model)));
    }

    [Fact]
    public async Task TheFaqAnswerMustComeFromTheFaq()
    {
        var invented = """{ "answered": true, "text": "Yes, we pay relocation.", "matched_question": "Do you pay relocation?", "confidence": 0.8 }""";
        var model = new ScriptedChatCompletionService().Answers(invented).Answers(ModelAnswers.RemoteWorkAnswer);
        using var services = ReasoningServices.WithScriptedModel(model);
        var faq = services.GetRequiredService<IReasoningTask<FaqQuestion, FaqAnswer>>();

        var answer = await faq.RunAsync(new FaqQuestion("Is remote OK?", [new FaqEntry("Can I work remotely?", "Yes, anywhere in Europe.")], "Go engineer"), Recruiter);

        Assert.True(answer.Answered);
        Assert.Equal("Can I work remotely?", answer.MatchedQuestion);
        Assert.Equal(new Provenance(ReasoningEngine.Llm, "scripted-model", "faq-answer", "1", ModelTier.Fast), answer.Provenance);
        Assert.Contains("matched_question \"Do you pay relocation?\" is not a question of the FAQ", model.Received[1][^1].Content, StringComparison.Ordinal);
    }

    private static IReasoningTask<PlanRequest, Plan> Planner(IServiceProvider services) => services.GetRequiredService<IReasoningTask<PlanRequest, Plan>>();
}
