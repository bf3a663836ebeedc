using Hiring.Agents.SubAgents;
using Hiring.Agents.Tests.Support;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Tests.SubAgents;

/// <summary>The one sub-agent shape without a grain: acceptance by key, the bounded record, rollback and reports.</summary>
public sealed class StepRunnerTests
{
    private const string Key = "t1/p1";
    private static readonly Orleans.Serialization.Serializer Serializer = SerializerFactory.Create();

    private static StepCommand Command(string key, string action = "count", string recruiter = "t1/rita") =>
        new(key, recruiter, "p1", action, new Dictionary<string, string>(), RequestSlots.Empty);

    private static StepRunner<CountingState> Runner(int remembered = 256) =>
        new(Key, new StepHandlers<CountingState>("counting", [new CountStep(), new BreakStep(), new RefuseStep()]), s => Serializer.Deserialize<CountingState>(Serializer.SerializeToArray(s))!, remembered);

    private static async Task<CountingState> RunAllAsync(StepRunner<CountingState> runner, CountingState state)
    {
        while (state.Steps.Accepted.Count > 0)
        {
            state = await runner.RunNextAsync(state, project: null!, CancellationToken.None);
        }

        return state;
    }

    [Fact]
    public async Task ARepeatedKeyIsAppliedOnceAndItsRecordedOutcomeIsReportedAgain()
    {
        var runner = Runner();
        var state = new CountingState();

        Assert.True(runner.Accept(state, Command("k1")));
        Assert.False(runner.Accept(state, Command("k1")));
        state = await RunAllAsync(runner, state);
        state.Steps.Acknowledged(Assert.Single(state.Steps.Outbox));
        Assert.True(runner.Accept(state, Command("k1")));
        state = await RunAllAsync(runner, state);

        Assert.Equal(1, state.Count);
        var again = Assert.Single(state.Steps.Outbox);
        Assert.Equal((StepReportStatus.Done, "counted to 1"), (again.Status, again.Outcome!.Summary));
    }

    [Fact]
    public async Task TheRecordKeepsTheNewestFinishedStepsWithinItsBound()
    {
        var runner = Runner(remembered: 2);
        var state = new CountingState();

        foreach (var key in new[] { "k1", "k2", "k3" })
        {
            runner.Accept(state, Command(key));
        }

        state = await RunAllAsync(runner, state);

        Assert.Equal(["k2", "k3"], state.Steps.Order);
        Assert.Equal(["k2", "k3"], state.Steps.Finished.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AFailedStepLeavesNoHalfAppliedStateIsReportedAndRunsAgainWhenRetried()
    {
        var runner = Runner();
        var state = new CountingState();
        runner.Accept(state, Command("k1"));
        state = await RunAllAsync(runner, state);

        runner.Accept(state, Command("k2", "break"));
        state = await RunAllAsync(runner, state);

        Assert.Equal(1, state.Count);
        var failed = Assert.Single(state.Steps.Outbox, r => r.IdempotencyKey == "k2");
        Assert.Equal((StepReportStatus.Failed, "broke after counting"), (failed.Status, failed.Error));
        Assert.False(state.Steps.Finished.ContainsKey("k2"));
        Assert.True(runner.Accept(state, Command("k2", "break")));
    }

    [Fact]
    public async Task ARefusalIsReportedAsRefused()
    {
        var runner = Runner();
        var state = new CountingState();
        runner.Accept(state, Command("k1", "refuse"));

        state = await RunAllAsync(runner, state);

        Assert.Equal(StepReportStatus.Refused, Assert.Single(state.Steps.Outbox).Status);
    }

    [Fact]
    public void AnotherTenantsRecruiterAndAnUnknownActionAreRefusedBeforeAnythingIsAccepted()
    {
        var runner = Runner();
        var state = new CountingState();

        Assert.Equal(RefusalCodes.NotFound, Assert.Throws<AssistantRefusalException>(() => runner.Accept(state, Command("k1", recruiter: "t2/rita"))).Code);
        Assert.Equal(RefusalCodes.Invalid, Assert.Throws<AssistantRefusalException>(() => runner.Accept(state, Command("k2", "dance"))).Code);
        Assert.False(state.Steps.HasWork);
    }

    [Fact]
    public void AnAgentWithNoHandlersYetRefusesEveryActionAsNotAvailable()
    {
        var handlers = new StepHandlers<CountingState>("outreach", []);

        var refusal = Assert.Throws<AssistantRefusalException>(() => handlers.For(PlanActions.DraftMessage));

        Assert.Equal((RefusalCodes.NotAvailable, "The outreach agent is not available yet, so I can't 'draft-message'."), (refusal.Code, refusal.Message));
    }

    private sealed class CountStep : IStepHandler<CountingState>
    {
        public string Action => "count";

        public Task<StepOutcome> RunAsync(StepContext<CountingState> step, CancellationToken cancellationToken)
        {
            step.State.Count++;
            return Task.FromResult(new StepOutcome($"counted to {step.State.Count}", new Dictionary<string, string>()));
        }
    }

    private sealed class BreakStep : IStepHandler<CountingState>
    {
        public string Action => "break";

        public Task<StepOutcome> RunAsync(StepContext<CountingState> step, CancellationToken cancellationToken)
        {
            step.State.Count += 100;
            throw new InvalidOperationException("broke after counting");
        }
    }

    private sealed class RefuseStep : IStepHandler<CountingState>
    {
        public string Action => "refuse";

        public Task<StepOutcome> RunAsync(StepContext<CountingState> step, CancellationToken cancellationToken) =>
            throw new AssistantRefusalException(RefusalCodes.NotAvailable, "not here");
    }
}
