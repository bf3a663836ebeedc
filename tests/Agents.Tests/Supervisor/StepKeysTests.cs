using Hiring.Agents.Supervisor;
using Hiring.Contracts.Planning;

namespace Hiring.Agents.Tests.Supervisor;

public sealed class StepKeysTests
{
    private static readonly PlanStep Search = new(AgentKind.Sourcing, PlanActions.Search, new Dictionary<string, string>(), true, ApprovalAction.StartSourcing);

    [Fact]
    public void TheSameWorkForTheSameMessageHasTheSameKeyWhateverTheInputOrder()
    {
        var a = StepKeys.For("t/r", 3, Search, new Dictionary<string, string> { ["skills"] = "go", ["locations"] = "berlin" });
        var b = StepKeys.For("t/r", 3, Search, new Dictionary<string, string> { ["locations"] = "berlin", ["skills"] = "go" });
        Assert.Equal(a, b);
    }

    [Fact]
    public void AnotherMessageOrOtherInputsGiveAnotherKey()
    {
        var inputs = new Dictionary<string, string> { ["skills"] = "go" };
        var key = StepKeys.For("t/r", 3, Search, inputs);

        Assert.NotEqual(key, StepKeys.For("t/r", 4, Search, inputs));
        Assert.NotEqual(key, StepKeys.For("t/r", 3, Search, new Dictionary<string, string> { ["skills"] = "rust" }));
        Assert.NotEqual(key, StepKeys.For("t/other", 3, Search, inputs));
    }
}
