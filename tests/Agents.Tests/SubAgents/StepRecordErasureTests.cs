using Hiring.Agents.Supervisor;
using Hiring.Agents.SubAgents;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Planning;
using static Hiring.Agents.Tests.Privacy.ErasedPeople;

namespace Hiring.Agents.Tests.SubAgents;

/// <summary>An erased candidate leaves a sub-agent's record of steps: outcomes, steps to run and reports to deliver.</summary>
public sealed class StepRecordErasureTests
{
    [Fact]
    public void FinishedOutcomesStepsToRunAndUndeliveredReportsLoseThemAndKeepTheirKeys()
    {
        var record = new StepRecord();
        record.Finish(Command("k1", Anouk), new StepOutcome("Drafted a message for Anouk Lindqvist.", new Dictionary<string, string> { [StepValueNames.Drafted] = Anouk }), remembered: 10);
        record.Finish(Command("k2", Bodhi), new StepOutcome("Drafted a message for Bodhi Okafor.", new Dictionary<string, string> { [StepValueNames.Drafted] = Bodhi }), remembered: 10);
        record.Accepted.Add(Command("k3", Anouk));

        var changed = record.Erase(Redaction);

        Assert.True(changed);
        Assert.Equal(["k1", "k2"], record.Order);
        Assert.Equal("Drafted a message for Bodhi Okafor.", record.Finished["k2"].Summary);
        Assert.Equal("k3", Assert.Single(record.Accepted).IdempotencyKey);
        Assert.Equal(2, record.Outbox.Count);
        Assert.False(NamesAnouk(EventJson.Serialize(record)));
        Assert.True(record.ReportAgain(Command("k1", Anouk)));
    }

    [Fact]
    public void ErasingAgainChangesNothing()
    {
        var record = new StepRecord();
        record.Finish(Command("k1", Anouk), new StepOutcome("Sent the message to Anouk Lindqvist.", new Dictionary<string, string>()), remembered: 10);
        record.Erase(Redaction);
        var once = EventJson.Serialize(record);

        Assert.False(record.Erase(Redaction));
        Assert.Equal(once, EventJson.Serialize(record));
    }

    private static StepCommand Command(string key, string candidate) =>
        new(key, "acme/rita", "p1", PlanActions.DraftMessage, new Dictionary<string, string> { [StepValueNames.Candidates] = candidate, [StepValueNames.Request] = "draft a message to Anouk Lindqvist" }, RequestSlots.Empty);
}
