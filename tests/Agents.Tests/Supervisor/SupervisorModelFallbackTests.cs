using Hiring.Agents.Identity;
using Hiring.Agents.Tests.Reasoning.Support;
using Hiring.Agents.Tests.Support;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Tests.Supervisor;

public sealed class SupervisorModelFallbackTests : IAsyncLifetime
{
    private readonly FakeOpenAIServer _model = new();

    public Task InitializeAsync() => _model.InitializeAsync();

    public Task DisposeAsync() => _model.DisposeAsync();

    [Fact]
    public async Task AModelThatReturnsGarbageLeadsToTheBuiltInPlanAndADegradedEvent()
    {
        _model.Script(FakeReply.Json("I think you should hire Bob."), FakeReply.Json("still not json"));
        var settings = ReasoningServices.FastCalls();
        settings["Hiring:Ai:Provider"] = "OpenAI";
        settings["Hiring:Ai:OpenAI:BaseUrl"] = new Uri(_model.Address, "v1").ToString();
        settings["Hiring:Ai:OpenAI:Models:Reasoning"] = "fake-model";
        settings["Hiring:Ai:OpenAI:ApiKey"] = "test-key";
        using var data = new TempDataDirectory();
        await using var cluster = await SupervisorTestCluster.StartAsync(data.Path, settings);
        using var scope = TenantScope.For("model-garbage");
        var supervisor = cluster.Client.GetGrain<IRecruiterSupervisor>("model-garbage/ana");

        await supervisor.Post(new MessageEnvelope("g-1", "hello there"));
        var plan = await supervisor.WaitForAsync(AssistantEventKind.PlanCreated);

        var events = await supervisor.EventsAfter(0, 50);
        var degraded = Assert.Single(events, e => e.Kind == AssistantEventKind.Degraded);
        Assert.True(degraded.Sequence < plan.Sequence);
        Assert.Contains("UnusableOutput", degraded.Text, StringComparison.Ordinal);
        Assert.Contains("\"engine\":\"BuiltIn\"", plan.Payload, StringComparison.Ordinal);
        Assert.Contains($"\"intent\":\"{PlanIntent.SmallTalk}\"", plan.Payload, StringComparison.Ordinal);
        Assert.Equal(2, _model.Requests.Count);
        await cluster.StopAllSilosAsync();
    }
}
