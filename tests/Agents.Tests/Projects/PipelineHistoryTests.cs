using Hiring.Agents.Identity;
using Hiring.Agents.Projects;
using Hiring.Agents.Tests.Supervisor;
using Hiring.Agents.Tests.Support;
using Hiring.Contracts.Projects;

namespace Hiring.Agents.Tests.Projects;

/// <summary>Pipeline moves live in the append-only log; the project's state keeps each candidate's latest move.</summary>
public sealed class PipelineHistoryTests
{
    private const string Owner = "moves/ana";
    private static readonly DateTimeOffset Then = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly JobSpec Spec = new("Senior Go Developer", "go developer", "senior", ["Berlin"], RemotePolicy.Unspecified, EmploymentType.FullTime, "", []);

    [Fact]
    public async Task AThousandMovesLeaveTheStateBlobFlatAndEveryMoveIsReadableAfterARestart()
    {
        using var scope = TenantScope.For("moves");
        using var data = new TempDataDirectory();
        long afterTwo, afterThousand;
        await using (var before = await SupervisorTestCluster.StartAsync(data.Path))
        {
            var project = before.Client.GetGrain<IHiringProject>("moves/flat");
            await project.Create(Owner, Spec, []);
            await project.AddCandidates([new SourcedCandidate("ana", "Go"), new SourcedCandidate("ben", "Go")], "assistant");
            await project.Move("ana", PipelineStage.Shortlisted, "ana-recruiter", "move 1");
            afterTwo = StoredState.BlobBytes(data.Path, "project");
            for (var i = 2; i <= 1000; i++)
            {
                await project.Move("ana", i % 2 == 0 ? PipelineStage.Contacted : PipelineStage.Shortlisted, "ana-recruiter", $"move {i}");
            }

            afterThousand = StoredState.BlobBytes(data.Path, "project");
            await before.StopAllSilosAsync();
        }

        await using var after = await SupervisorTestCluster.StartAsync(data.Path);
        var restarted = after.Client.GetGrain<IHiringProject>("moves/flat");
        var moves = await restarted.Moves("ana");
        var snapshot = await restarted.Snapshot();

        // Only the latest move's reason changes length ("move 1" → "move 1000").
        Assert.InRange(afterThousand, afterTwo, afterTwo + 3);
        Assert.Equal(1001, moves.Count);
        Assert.Equal((null, PipelineStage.Sourced), (moves[0].From, moves[0].To));
        Assert.Equal(Enumerable.Range(1, 1000).Select(i => $"move {i}"), moves.Skip(1).Select(m => m.Why));
        Assert.Equal(moves[^1], Assert.Single(snapshot.Pipeline.Single(e => e.CandidateId == "ana").Moves));
        Assert.Single(await restarted.Moves("ben"));
        Assert.Empty(await restarted.Moves("nobody"));
        await after.StopAllSilosAsync();
    }

    [Fact]
    public async Task AVersion1ProjectKeepsEveryMoveAfterTheyMoveToTheLog()
    {
        using var scope = TenantScope.For("moves");
        using var data = new TempDataDirectory();
        var history = new[]
        {
            new StageMove(null, PipelineStage.Sourced, "assistant", "Go", Then),
            new StageMove(PipelineStage.Sourced, PipelineStage.Shortlisted, "ana", "strong", Then.AddHours(1)),
            new StageMove(PipelineStage.Shortlisted, PipelineStage.Contacted, "ana", "reached out", Then.AddHours(2)),
        };
        await StoredState.WriteVersion1Async(data.Path, GrainId.Create("hiringproject", "moves/old"), "project", new ProjectState
        {
            Owner = Owner,
            Spec = Spec,
            Pipeline = { ["ana"] = new PipelineEntry("ana", PipelineStage.Contacted, history) },
        });

        await using var cluster = await SupervisorTestCluster.StartAsync(data.Path);
        var project = cluster.Client.GetGrain<IHiringProject>("moves/old");
        await project.Move("ana", PipelineStage.Interviewing, "ana", "booked");

        var moves = await project.Moves("ana");
        Assert.Equal(history, moves.Take(3));
        Assert.Equal(["Go", "strong", "reached out", "booked"], moves.Select(m => m.Why));
        Assert.Equal("booked", Assert.Single((await project.Snapshot()).Pipeline.Single().Moves).Why);
        await cluster.StopAllSilosAsync();
    }
}
