using Hiring.Agents.Memory;
using Hiring.Agents.Persistence;
using Hiring.Agents.Supervisor;
using Hiring.Agents.Supervisor.State;
using Hiring.Agents.Tests.Support;
using Hiring.Contracts.Memory;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Reasoning.Planning;
using Hiring.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hiring.Agents.Tests.Supervisor.Episodes;

/// <summary>When a stretch of conversation about a project ends, and that its episode is kept once.</summary>
public sealed class EpisodeKeeperTests : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromHours(8);
    private readonly TempDataDirectory _data = new();
    private readonly SqliteDatabase _database;
    private readonly ShiftedClock _clock = new();
    private readonly SupervisorState _state = new();
    private readonly List<MemoryDraft> _kept = [];
    private readonly SupervisorContext _context;
    private readonly EpisodeKeeper _keeper;
    private int _saves;

    public EpisodeKeeperTests()
    {
        _database = new SqliteDatabase(_data.Path);
        var logs = new SqliteLogStore(_database);
        var events = new EventLog("acme/ana", logs, _ => Task.CompletedTask, _clock, NullLogger.Instance);
        _context = new SupervisorContext("acme", "acme/ana", _state, new ApprovalBook(_state, new SupervisorOptions()), events, new ConversationLog("acme/ana", logs, _clock), () => { _saves++; return Task.CompletedTask; });
        _keeper = new EpisodeKeeper(_context, new Desk(), new EpisodeSummary(MemoryRules.Load(UnderstandingResources.Prompts)), d => { _kept.Add(d); return Task.CompletedTask; }, Quiet, _clock, NullLogger.Instance);
    }

    private async Task<PlanRun> FinishAsync(string planId, string? projectId, PlanIntent intent = PlanIntent.FindCandidates)
    {
        var run = new PlanRun { PlanId = planId, ProjectId = projectId, StartedAt = _clock.GetUtcNow(), FirstEvent = await _context.Events.LastSequenceAsync() + 1, Plan = EpisodeRecords.Plan(intent) };
        await _context.Events.WriteAsync(null, [], [EpisodeRecords.Created(planId, intent, "words")]);
        await _keeper.PlanFinishedAsync(run);
        return run;
    }

    [Fact]
    public async Task PlansOnOneProjectMakeOneStretchThatEndsWhenAPlanFinishesOnAnother()
    {
        await FinishAsync("m1", "ana.p1", PlanIntent.StartProject);
        await FinishAsync("m2", "ana.p1");
        Assert.Empty(_kept);

        await FinishAsync("m3", "ana.p2", PlanIntent.StartProject);

        var episode = Assert.Single(_kept);
        Assert.StartsWith("On ", episode.Text, StringComparison.Ordinal);
        Assert.Contains("you set up the project and you asked me to source", episode.Text, StringComparison.Ordinal);
        Assert.Equal(("ana.p1", "ana.p1#1-2"), (episode.Source.ProjectId, episode.Source.Reference));
        Assert.Equal("ana.p2", _state.Stretch!.ProjectId);
        Assert.Equal(["m3"], _state.Stretch.PlanIds);
    }

    [Fact]
    public async Task TheStretchEndsWhenThePlanWentQuietNotWhenTheKeeperGetsToIt()
    {
        var ended = _clock.GetUtcNow();
        var run = new PlanRun { PlanId = "m1", ProjectId = "ana.p1", StartedAt = ended, QuietSince = ended, FirstEvent = await _context.Events.LastSequenceAsync() + 1, Plan = EpisodeRecords.Plan(PlanIntent.FindCandidates) };
        await _context.Events.WriteAsync(null, [], [EpisodeRecords.Created("m1", PlanIntent.FindCandidates, "words")]);

        // The recruiter's clock moved on (to the next day's message) before the keeper ran.
        _clock.Advance(TimeSpan.FromDays(1));
        await _keeper.PlanFinishedAsync(run);

        Assert.Equal(ended, _state.Stretch!.EndedAt);
    }

    [Fact]
    public async Task AMessageAfterAQuietPeriodEndsTheStretchAndOneBeforeItDoesNot()
    {
        await FinishAsync("m1", "ana.p1");

        _clock.Advance(Quiet - TimeSpan.FromMinutes(1));
        await _keeper.MessageArrivedAsync();
        Assert.Empty(_kept);

        _clock.Advance(TimeSpan.FromMinutes(2));
        await _keeper.MessageArrivedAsync();
        Assert.Single(_kept);
        Assert.Null(_state.Stretch);

        await _keeper.MessageArrivedAsync();
        Assert.Single(_kept);
    }

    [Fact]
    public async Task APlanAboutNoProjectIsPartOfNoStretch()
    {
        await FinishAsync("m1", "ana.p1");
        await FinishAsync("m2", null, PlanIntent.Remember);

        Assert.Equal(["m1"], _state.Stretch!.PlanIds);
        Assert.Empty(_kept);
    }

    [Fact]
    public async Task AFailureToKeepTheEpisodeIsLoggedAndNeverStopsTheConversation()
    {
        var failing = new EpisodeKeeper(_context, new Desk(), new EpisodeSummary(MemoryRules.Load(UnderstandingResources.Prompts)), _ => throw new InvalidOperationException("memory down"), Quiet, _clock, NullLogger.Instance);
        await FinishAsync("m1", "ana.p1");

        _clock.Advance(Quiet);
        await failing.MessageArrivedAsync();

        Assert.Null(_state.Stretch);
        Assert.True(_saves > 0);
    }

    public void Dispose()
    {
        _database.Dispose();
        _data.Dispose();
    }

    private sealed class Desk : IProjectDesk
    {
        public Task<OpenProject?> OpenAsync(string tenant, string projectId) => Task.FromResult<OpenProject?>(null);

        public Task<ProjectSnapshot?> SnapshotAsync(string tenant, string projectId) => Task.FromResult<ProjectSnapshot?>(EpisodeRecords.Berlin(projectId));
    }
}
