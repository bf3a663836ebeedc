using Hiring.Agents.Identity;
using Hiring.Agents.Supervisor;
using Hiring.Agents.Tests.Supervisor.Doubles;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Supervisor;
using Hiring.Reasoning.Planning;

namespace Hiring.Agents.Tests.Supervisor;

[Collection(SupervisorClusterCollection.Name)]
public sealed class SupervisorPolicyTests(SupervisorClusterFixture fixture)
{
    /// <summary>The first message in a cluster loads the planner's model; the live stream waits without holding the grain.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private IRecruiterSupervisor Supervisor(string tenant) => fixture.Cluster.Client.GetGrain<IRecruiterSupervisor>($"{tenant}/ana");

    [Fact]
    public async Task APreferenceInARequestIsRefusedInOneReplyAndTheRestIsStillPlanned()
    {
        const string tenant = "policy-rest";
        using var scope = TenantScope.For(tenant);
        // "I need": the built-in planner reads a role without a subject ("need a backend engineer…") as a
        // search, with or without a preference; the request is the point here, not the planner's reading.
        const string message = "I need a backend engineer in Berlin, Go, male candidates preferred";
        var supervisor = Supervisor(tenant);
        await using var stream = await StreamRecorder.SubscribeAsync(fixture.Cluster.Client, $"{tenant}/ana");

        await supervisor.Post(new MessageEnvelope("p-1", message));
        var created = await stream.WaitForAsync(e => e.Kind == AssistantEventKind.PlanCreated, "plan", Patience);
        await stream.WaitForAsync(e => e.Kind == AssistantEventKind.PlanCompleted, "plan completion", Patience);

        var events = await supervisor.EventsAfter(0, 100);
        var refusal = Assert.Single(events, e => e.Kind == AssistantEventKind.Reply && e.Sequence < created.Sequence);
        Assert.Contains("\"male candidates preferred\" (gender)", refusal.Text, StringComparison.Ordinal);
        Assert.Contains("\"I need a backend engineer in Berlin, Go\"", refusal.Text, StringComparison.Ordinal);
        var told = EventJson.Deserialize<PolicyRefusalPayload>(refusal.Payload!);
        Assert.Equal(message, told.Message);
        Assert.Equal("gender", Assert.Single(told.Findings).Attribute);

        var planned = EventJson.Deserialize<PlanCreatedPayload>(created.Payload!);
        Assert.Equal(PlanIntent.StartProject, planned.Plan.Intent);
        Assert.Equal("I need a backend engineer in Berlin, Go", planned.Message);
        Assert.Equal("gender", Assert.Single(planned.Refused!).Attribute);
        Assert.All(planned.Plan.Steps, step => Assert.DoesNotContain("male", step.Inputs.GetValueOrDefault(StepValueNames.Request) ?? "", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(AgentScript.For(tenant).Applications, a => a.Action == PlanActions.CreateProject);

        // The conversation keeps the message as the recruiter wrote it, then the refusal.
        var turns = (await supervisor.Conversation(null, 10)).Turns;
        Assert.Equal((ConversationRole.Recruiter, message), (turns[0].Role, turns[0].Text));
        Assert.Equal((ConversationRole.Assistant, refusal.Text), (turns[1].Role, turns[1].Text));
    }

    [Fact]
    public async Task AMessageThatIsOnlyAPreferenceIsRefusedAndNothingIsPlannedForIt()
    {
        const string tenant = "policy-only";
        using var scope = TenantScope.For(tenant);
        var supervisor = Supervisor(tenant);
        await using var stream = await StreamRecorder.SubscribeAsync(fixture.Cluster.Client, $"{tenant}/ana");

        await supervisor.Post(new MessageEnvelope("o-1", "only hire young people"));
        await supervisor.Post(new MessageEnvelope("o-2", "hello"));
        // The second message's plan is the barrier: the first was handled before it.
        await stream.WaitForAsync(e => e.Kind == AssistantEventKind.PlanCompleted, "the second message's plan", Patience);

        var events = await supervisor.EventsAfter(0, 100);
        var refusal = events.First(e => e.Kind == AssistantEventKind.Reply);
        Assert.Contains("(age)", refusal.Text, StringComparison.Ordinal);
        Assert.EndsWith("There is nothing else in the message for me to act on.", refusal.Text, StringComparison.Ordinal);
        Assert.Equal("", EventJson.Deserialize<PolicyRefusalPayload>(refusal.Payload!).Remaining);
        var plan = Assert.Single(events, e => e.Kind == AssistantEventKind.PlanCreated);
        Assert.Equal("m2", plan.PlanId);
        Assert.True(refusal.Sequence < plan.Sequence);
        Assert.DoesNotContain(events, e => e.Kind == AssistantEventKind.StepStarted && e.PlanId == "m1");
        Assert.Empty(AgentScript.For(tenant).Applications);
    }

    [Fact]
    public async Task ALawfulMessageThatLooksLikeAPreferenceIsPlannedWithoutARefusal()
    {
        using var scope = TenantScope.For("policy-lawful");
        var supervisor = Supervisor("policy-lawful");
        await using var stream = await StreamRecorder.SubscribeAsync(fixture.Cluster.Client, "policy-lawful/ana");

        await supervisor.Post(new MessageEnvelope("l-1", "Maternity cover: HR generalist in Leeds, 12 month contract"));
        var created = await stream.WaitForAsync(e => e.Kind == AssistantEventKind.PlanCreated, "plan", Patience);

        var planned = EventJson.Deserialize<PlanCreatedPayload>(created.Payload!);
        Assert.Null(planned.Refused);
        Assert.Equal("Maternity cover: HR generalist in Leeds, 12 month contract", planned.Message);
        Assert.DoesNotContain(await supervisor.EventsAfter(0, 100), e => e.Kind == AssistantEventKind.Reply && e.Sequence < created.Sequence);
    }
}
