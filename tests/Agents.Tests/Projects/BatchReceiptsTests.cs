using Hiring.Agents.Projects;
using Hiring.Contracts.Projects;

namespace Hiring.Agents.Tests.Projects;

/// <summary>A batch applied again is told whom it added the first time; receipts beyond the kept ones are forgotten whole.</summary>
public sealed class BatchReceiptsTests
{
    [Fact]
    public void ABatchAppliedAgainIsToldWhomItAddedAsTheyStandNowAndANewOneIsNotApplied()
    {
        PipelineEntry[] added = [Sourced("c1"), Sourced("c2"), Sourced("c3")];
        var state = new ProjectState { Pipeline = added.ToDictionary(e => e.CandidateId) };
        var receipts = new BatchReceipts(state);

        receipts.Record("run-1/1", added);
        state.Pipeline["c2"] = Sourced("c2") with { Stage = PipelineStage.Contacted };
        state.Pipeline.Remove("c3");

        Assert.Equal([("c1", PipelineStage.Sourced), ("c2", PipelineStage.Contacted)], receipts.Replay("run-1/1")!.Select(e => (e.CandidateId, e.Stage)));
        Assert.Null(receipts.Replay("run-1/2"));
    }

    [Fact]
    public void ABatchAppliedBeforeItsAdditionsWereKeptIsToldItAddedNobody()
    {
        var state = new ProjectState { AppliedBatches = ["run-1/1"] };
        state.Pipeline["c1"] = Sourced("c1");

        Assert.Empty(new BatchReceipts(state).Replay("run-1/1")!);
    }

    [Fact]
    public void TheOldestReceiptsAreForgottenKeyAndAdditionsTogether()
    {
        var state = new ProjectState();
        var receipts = new BatchReceipts(state);

        for (var i = 0; i <= ProjectState.KeptBatches; i++)
        {
            receipts.Record($"run-1/{i}", [Sourced($"c{i}")]);
        }

        Assert.Null(receipts.Replay("run-1/0"));
        Assert.Equal(ProjectState.KeptBatches, state.AppliedBatches.Count);
        Assert.Equal(state.AppliedBatches.Order(StringComparer.Ordinal), state.BatchAdditions.Keys.Order(StringComparer.Ordinal));
    }

    private static PipelineEntry Sourced(string id) =>
        new(id, PipelineStage.Sourced, [new StageMove(null, PipelineStage.Sourced, "autopilot", "found", DateTimeOffset.UnixEpoch)]);
}
