using System.Diagnostics.Metrics;
using System.Text.Json;
using Hiring.Agents.Tests.Reasoning.Support;
using Hiring.Contracts.Outreach;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Reasoning;
using Hiring.Reasoning.Faq;
using Hiring.Reasoning.Planning;
using Hiring.Reasoning.StructuredOutput;
using Hiring.Reasoning.Tasks;
using Hiring.Reasoning.Usage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;

namespace Hiring.Agents.Tests.Reasoning;

/// <summary>Semantic Kernel's real OpenAI connector, through the resilient HttpClient, against the fake server.</summary>
public sealed class OpenAIConnectorTests(FakeOpenAIServer server) : IClassFixture<FakeOpenAIServer>
{
    private static readonly ReasoningContext Alice = new("acme", "acme/alice", "acme/go-berlin");
    private static readonly FaqQuestion RemoteQuestion = new("Is remote OK?", [new FaqEntry("Can I work remotely?", "Yes, anywhere in Europe.")], "Go engineer");

    [Fact]
    public async Task ANormalJsonAnswerBecomesAPlanAndItsUsageIsRecorded()
    {
        server.Script(FakeReply.Json(ModelAnswers.FindGoEngineersPlan, promptTokens: 812, completionTokens: 164));
        using var services = Services();

        var plan = await Planner(services).RunAsync(new PlanRequest("Find senior Go engineers in Berlin"), Alice);

        Assert.Equal(new Provenance(ReasoningEngine.Llm, "fake-reasoning", "planner", "4", ModelTier.Reasoning), plan.Provenance);
        Assert.Equal(PlanIntent.FindCandidates, plan.Intent);
        var request = Assert.Single(server.Requests);
        Assert.Equal("/v1/chat/completions", request.Path);
        Assert.Equal("Bearer test-key", request.Headers["authorization"]);
        Assert.Equal("fake-reasoning", request.Body.GetProperty("model").GetString());
        Assert.Equal("json_schema", request.Body.GetProperty("response_format").GetProperty("type").GetString());
        Assert.Equal(0, request.Body.GetProperty("temperature").GetDouble());
        Assert.Equal(["system", "user"], request.Messages.Select(m => m.GetProperty("role").GetString()));
        var usage = services.GetRequiredService<IUsageLedger>().ForRecruiter("acme/alice");
        Assert.Equal((1, 812L, 164L), (usage.Calls, usage.InputTokens, usage.OutputTokens));
        Assert.Equal((812 * 0.4m / 1_000_000m) + (164 * 1.6m / 1_000_000m), usage.EstimatedCost);
    }

    [Fact]
    public async Task AStreamedAnswerArrivesAsChunks()
    {
        string[] chunks = ["{\"answered\": true, \"text\": \"Yes, ", "anywhere in Europe.\", \"matched_question\": ", "\"Can I work remotely?\", \"confidence\": 0.9}"];
        server.Script(FakeReply.Stream(chunks));
        using var services = Services();
        var received = new List<string>();

        var answer = await services.GetRequiredService<IReasoningTask<FaqQuestion, FaqAnswer>>().RunAsync(RemoteQuestion, Alice with { OnText = received.Add });

        Assert.Equal(chunks, received);
        Assert.Equal(("Yes, anywhere in Europe.", "fake-fast"), (answer.Text, answer.Provenance.Model));
        var request = Assert.Single(server.Requests);
        Assert.True(request.Body.GetProperty("stream").GetBoolean());
        Assert.Equal("fake-fast", request.Body.GetProperty("model").GetString());
        Assert.True(request.Body.GetProperty("stream_options").GetProperty("include_usage").GetBoolean());
        var usage = services.GetRequiredService<IUsageLedger>().ForProject("acme/go-berlin");
        Assert.Equal((1, 11L, 7L), (usage.Calls, usage.InputTokens, usage.OutputTokens));
    }

    [Fact]
    public async Task AToolCallRoundTripsThroughTheKernel()
    {
        server.Script(FakeReply.ToolCall("jobs-office_city", """{"team":"payments"}"""), FakeReply.Json(ModelAnswers.RemoteWorkAnswer));
        using var services = Services();
        var tools = KernelPluginFactory.CreateFromFunctions("jobs", [KernelFunctionFactory.CreateFromMethod((string team) => $"The {team} team sits in Berlin.", "office_city", "Where a team's office is.")]);
        var definition = services.GetRequiredService<LlmFaqDefinition>();
        var request = new StructuredRequest(FaqTask.Name, FaqTask.PromptName, FaqTask.Tier, definition.Arguments(RemoteQuestion), [tools]);

        var answer = await services.GetRequiredService<StructuredChat>().AskAsync(request, (json, provenance) => definition.Read(json, RemoteQuestion, provenance), Alice, CancellationToken.None);

        Assert.True(answer.Answered);
        Assert.Equal(2, server.Requests.Count);
        var offered = server.Requests[0].Body.GetProperty("tools")[0].GetProperty("function").GetProperty("name").GetString();
        Assert.Equal("jobs-office_city", offered);
        var toolResult = server.Requests[1].Messages.Single(m => m.GetProperty("role").GetString() == "tool");
        Assert.Equal("call_1", toolResult.GetProperty("tool_call_id").GetString());
        Assert.Equal("The payments team sits in Berlin.", toolResult.GetProperty("content").GetString());
    }

    [Fact]
    public async Task A429IsRetriedAfterTheServersRetryAfterThenSucceeds()
    {
        server.Script(FakeReply.Error(429, retryAfterSeconds: 1), FakeReply.Json(ModelAnswers.FindGoEngineersPlan));
        using var services = Services();
        using var retries = new RetryDelayRecorder(services.GetRequiredService<IMeterFactory>());

        var plan = await Planner(services).RunAsync(new PlanRequest("Find senior Go engineers in Berlin"), Alice);

        Assert.Equal(ReasoningEngine.Llm, plan.Provenance.Engine);
        Assert.Equal(2, server.Requests.Count);
        var (seconds, status) = Assert.Single(retries.Delays);
        Assert.Equal(429, status);
        Assert.Equal(1.0, seconds);
    }

    [Fact]
    public async Task GarbageJsonIsRepairedOnceThenFallsBackToTheBuiltInEngine()
    {
        server.Script(FakeReply.Json("I think you should hire Bob."), FakeReply.Json("""{"intent": "FindCandidates", "steps": []}"""));
        var observer = new CapturingDegradedObserver();
        using var services = Services(observer);

        var plan = await Planner(services).RunAsync(new PlanRequest("Find senior Go engineers in Berlin"), Alice);

        Assert.Equal((ReasoningEngine.BuiltIn, DegradedReason.UnusableOutput), (plan.Provenance.Engine, plan.Provenance.FallbackReason));
        Assert.Equal(PlanIntent.StartProject, plan.Intent);
        Assert.Equal(2, server.Requests.Count);
        var repair = server.Requests[1].Messages;
        Assert.Equal("I think you should hire Bob.", repair[^2].GetProperty("content").GetString());
        Assert.Contains("could not be used: The answer is not valid JSON", repair[^1].GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Equal(DegradedReason.UnusableOutput, Assert.Single(observer.Notices).Reason);
    }

    [Fact]
    public async Task AHangingServerTimesOutThenFallsBackToTheBuiltInEngine()
    {
        server.Script(FakeReply.Hang(), FakeReply.Hang());
        var observer = new CapturingDegradedObserver();
        using var services = Services(observer);

        var plan = await Planner(services).RunAsync(new PlanRequest("Find senior Go engineers in Berlin"), Alice);

        Assert.Equal((ReasoningEngine.BuiltIn, DegradedReason.Timeout), (plan.Provenance.Engine, plan.Provenance.FallbackReason));
        Assert.Equal(2, server.Requests.Count);
        var notice = Assert.Single(observer.Notices);
        Assert.Equal(("planner", DegradedReason.Timeout, "acme/alice"), (notice.Task, notice.Reason, notice.Recruiter));
    }

    [Fact]
    public async Task AStreamThatStallsMidAnswerIsCutByTheWholeCallLimitThenFallsBack()
    {
        server.Script(FakeReply.StreamThenHang("{\"answered\": "));
        using var services = Services();
        var received = new List<string>();

        var answer = await services.GetRequiredService<IReasoningTask<FaqQuestion, FaqAnswer>>().RunAsync(RemoteQuestion, Alice with { OnText = received.Add });

        Assert.Equal(["{\"answered\": "], received);
        Assert.Equal((ReasoningEngine.BuiltIn, DegradedReason.Timeout), (answer.Provenance.Engine, answer.Provenance.FallbackReason));
    }

    [Fact]
    public async Task ServerErrorsThatOutlastTheRetriesFallBackAsUnavailable()
    {
        server.Script(FakeReply.Error(503), FakeReply.Error(502));
        using var services = Services();

        var answer = await services.GetRequiredService<IReasoningTask<FaqQuestion, FaqAnswer>>().RunAsync(RemoteQuestion, Alice);

        Assert.Equal((ReasoningEngine.BuiltIn, DegradedReason.Unavailable), (answer.Provenance.Engine, answer.Provenance.FallbackReason));
        Assert.Equal(2, server.Requests.Count);
    }

    private ServiceProvider Services(CapturingDegradedObserver? observer = null)
    {
        var settings = ReasoningServices.FastCalls();
        settings["Hiring:Ai:Provider"] = "OpenAI";
        settings["Hiring:Ai:OpenAI:BaseUrl"] = new Uri(server.Address, "v1").ToString();
        settings["Hiring:Ai:OpenAI:ApiKey"] = "test-key";
        settings["Hiring:Ai:OpenAI:Models:Reasoning"] = "fake-reasoning";
        settings["Hiring:Ai:OpenAI:Models:Fast"] = "fake-fast";
        settings["Hiring:Ai:Prices:fake-reasoning:InputPerMillion"] = "0.4";
        settings["Hiring:Ai:Prices:fake-reasoning:OutputPerMillion"] = "1.6";
        return ReasoningServices.Build(settings, services =>
        {
            if (observer is not null)
            {
                services.AddSingleton<Hiring.Reasoning.Resilience.IReasoningDegradedObserver>(observer);
            }
        });
    }

    private static IReasoningTask<PlanRequest, Plan> Planner(IServiceProvider services) => services.GetRequiredService<IReasoningTask<PlanRequest, Plan>>();
}
