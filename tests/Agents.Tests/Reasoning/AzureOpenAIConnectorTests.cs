using Hiring.Agents.Tests.Reasoning.Support;
using Hiring.Contracts.Outreach;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Reasoning;
using Hiring.Reasoning.Faq;
using Hiring.Reasoning.Planning;
using Hiring.Reasoning.Tasks;
using Hiring.Reasoning.Usage;
using Microsoft.Extensions.DependencyInjection;

namespace Hiring.Agents.Tests.Reasoning;

/// <summary>Semantic Kernel's real Azure OpenAI connector against the fake server's Azure-style route.</summary>
public sealed class AzureOpenAIConnectorTests(FakeOpenAIServer server) : IClassFixture<FakeOpenAIServer>
{
    private static readonly ReasoningContext Alice = new("acme", "acme/alice", "acme/go-berlin");

    [Fact]
    public async Task ThePlannerCallsTheReasoningDeploymentWithTheApiVersionAndKey()
    {
        server.Script(FakeReply.Json(ModelAnswers.FindGoEngineersPlan, promptTokens: 500, completionTokens: 90));
        using var services = Services();

        var plan = await services.GetRequiredService<IReasoningTask<PlanRequest, Plan>>().RunAsync(new PlanRequest("Find senior Go engineers in Berlin"), Alice);

        Assert.Equal(new Provenance(ReasoningEngine.Llm, "plan-deploy", "planner", "4", ModelTier.Reasoning), plan.Provenance);
        var request = Assert.Single(server.Requests);
        Assert.Equal("/openai/deployments/plan-deploy/chat/completions", request.Path);
        Assert.Contains("api-version=2024-10-21", request.Query, StringComparison.Ordinal);
        Assert.Equal("azure-test-key", request.Headers["api-key"]);
        Assert.Equal("json_schema", request.Body.GetProperty("response_format").GetProperty("type").GetString());
        var usage = services.GetRequiredService<IUsageLedger>().ForProject("acme/go-berlin");
        Assert.Equal((500L, 90L), (usage.InputTokens, usage.OutputTokens));
    }

    [Fact]
    public async Task AFastTaskCallsTheFastDeployment()
    {
        server.Script(FakeReply.Json(ModelAnswers.RemoteWorkAnswer));
        using var services = Services();
        var question = new FaqQuestion("Is remote OK?", [new FaqEntry("Can I work remotely?", "Yes.")], "Go engineer");

        var answer = await services.GetRequiredService<IReasoningTask<FaqQuestion, FaqAnswer>>().RunAsync(question, Alice);

        Assert.Equal("fast-deploy", answer.Provenance.Model);
        Assert.Equal("/openai/deployments/fast-deploy/chat/completions", Assert.Single(server.Requests).Path);
    }

    [Fact]
    public async Task AnAzureThrottleIsRetriedThenSucceeds()
    {
        server.Script(FakeReply.Error(429, retryAfterSeconds: 0), FakeReply.Json(ModelAnswers.FindGoEngineersPlan));
        using var services = Services();

        var plan = await services.GetRequiredService<IReasoningTask<PlanRequest, Plan>>().RunAsync(new PlanRequest("Find senior Go engineers in Berlin"), Alice);

        Assert.Equal(ReasoningEngine.Llm, plan.Provenance.Engine);
        Assert.Equal(2, server.Requests.Count);
    }

    private ServiceProvider Services()
    {
        var settings = ReasoningServices.FastCalls();
        // These tests are about the Azure wire format and its retry, not timeouts: the first call (the SDK's start-up)
        // may take longer than the fast two seconds on a loaded machine, which would fall back to the built-in engine.
        settings["Hiring:Ai:Calls:CallTimeout"] = "00:00:10";
        settings["Hiring:Ai:Calls:TotalTimeout"] = "00:00:25";
        settings["Hiring:Ai:Provider"] = "AzureOpenAI";
        settings["Hiring:Ai:AzureOpenAI:Endpoint"] = server.Address.ToString();
        settings["Hiring:Ai:AzureOpenAI:ApiKey"] = "azure-test-key";
        settings["Hiring:Ai:AzureOpenAI:ApiVersion"] = "2024-10-21";
        settings["Hiring:Ai:AzureOpenAI:Deployments:Reasoning"] = "plan-deploy";
        settings["Hiring:Ai:AzureOpenAI:Deployments:Fast"] = "fast-deploy";
        return ReasoningServices.Build(settings);
    }
}
