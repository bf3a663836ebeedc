using Hiring.Agents.SubAgents;
using System.Text.Json;
using Hiring.Agents.Sourcing;
using Hiring.Agents.Sourcing.Constraints;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;
using Hiring.Storage;

namespace Hiring.Agents.Tests.Sourcing;

/// <summary>The agent over a real index of a seeded synthetic pool, with an in-memory project.</summary>
public sealed class SourcingAgentTests(SyntheticPoolFixture pool) : IClassFixture<SyntheticPoolFixture>
{
    private const string ProjectKey = "t1/p1";
    private readonly ILogStore _logs = pool.NewLogs();
    private StepHandlers<SourcingState>? _agent;

    private StepHandlers<SourcingState> Agent => _agent ??= pool.Agent(_logs);

    // No seniority and remote anywhere: every individual-contributor level, wherever they live.
    private static FakeProject Project() => new(Specs.Backend(seniority: "", remote: RemotePolicy.Remote), [Specs.Skill("q1", "Go"), Specs.Skill("q2", "Kubernetes"), Specs.Skill("q3", "Docker", QualificationKind.NiceToHave)]);

    private static StepCommand Step(string action, string recruiter = "t1/r1", params (string Name, string Value)[] inputs) =>
        new(Guid.NewGuid().ToString("N"), recruiter, "p1", action, inputs.ToDictionary(i => i.Name, i => i.Value), RequestSlots.Empty);

    private Task<StepOutcome> Run(FakeProject project, SourcingState state, string action, string recruiter = "t1/r1", params (string, string)[] inputs) =>
        Agent.RunAsync(new StepContext<SourcingState>(ProjectKey, Step(action, recruiter, inputs), state, project));

    private static string[] Ids(StepOutcome outcome) => outcome.Outputs["candidates"].Split(',', StringSplitOptions.RemoveEmptyEntries);

    private static string[] Shown(StepOutcome outcome) => outcome.Outputs["calibration.candidates"].Split(',', StringSplitOptions.RemoveEmptyEntries);

    private async Task<(FakeProject Project, SourcingState State)> Calibrated()
    {
        var project = Project();
        var state = new SourcingState();
        await Run(project, state, PlanActions.Calibrate);
        return (project, state);
    }

    [Fact]
    public async Task ASearchBeforeCalibrationShowsTheCalibrationBatchAndAsksForReactions()
    {
        var project = Project();
        var state = new SourcingState();

        var outcome = await Run(project, state, PlanActions.Search);

        Assert.NotNull(outcome.Question);
        Assert.NotNull(state.CalibratedAt);
        Assert.Empty(state.Iterations);
        Assert.All(project.Pipeline, e => Assert.StartsWith("calibration", e.Why, StringComparison.Ordinal));
    }

    [Fact]
    public async Task CalibrationShowsTenToTwentyCandidatesAcrossTheRangeAndWaitsForTheRecruiter()
    {
        var project = Project();
        var state = new SourcingState();

        var outcome = await Run(project, state, PlanActions.Calibrate, inputs: ("request", "senior backend engineer, Go and Kubernetes"));

        var ids = Shown(outcome);
        Assert.InRange(ids.Length, 10, 20);
        Assert.Equal(ids.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), outcome.Outputs["calibration.count"]);
        Assert.False(outcome.Outputs.ContainsKey("candidates"), "a calibration batch is never handed to evaluation");
        Assert.All(project.Pipeline, e => Assert.Equal(PipelineStage.Calibration, e.Stage));
        Assert.True(project.Pipeline.Select(e => e.Why!.Split(',')[0]).Distinct().Count() >= 2, "more than one seniority level");
        Assert.Contains(project.Pipeline, e => e.Why!.Contains("core title", StringComparison.Ordinal));
        Assert.All(ids, id => Assert.Equal(TitleTrack.IndividualContributor, TitleLevels.Read(CurrentTitle(id)).Track));
        Assert.Equal(ids, state.CalibrationIds);
        Assert.NotNull(outcome.Question);
        Assert.Contains("1. ", outcome.Question, StringComparison.Ordinal);
        var open = outcome.Open!;
        Assert.Equal((OpenQuestion.Calibration, "p1", "senior backend engineer, Go and Kubernetes"), (open.Kind, open.ProjectId, open.Request));
        Assert.Equal(ids, open.Candidates);
        Assert.Equal(outcome.Question, open.Asked);
    }

    [Fact]
    public async Task CalibrationNeverWidensAThinPlaceItSaysSoAndShowsOnlyPeopleThere()
    {
        var project = new FakeProject(Specs.Backend(seniority: "senior", locations: "Berlin, DE"), [Specs.Skill("q1", "Go")]);
        var state = new SourcingState();

        var outcome = await Run(project, state, PlanActions.Calibrate);

        Assert.Contains("Berlin, DE is thin", outcome.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("batch of 1 candidates", outcome.Summary, StringComparison.Ordinal);
        Assert.InRange(state.CalibrationIds.Count, 0, 9);
        Assert.All(state.CalibrationIds, id => Assert.Equal(("Berlin", "DE"), (pool.Profiles[id].Location.City, pool.Profiles[id].Location.Country)));
        Assert.All(state.CalibrationIds, id => Assert.StartsWith("Senior ", CurrentTitle(id), StringComparison.Ordinal));
    }

    [Fact]
    public async Task APlaceWithNobodyIsSaidInWordsNotAsOnlyZeroPeople()
    {
        var project = new FakeProject(Specs.Backend(seniority: "senior", locations: "Nuuk, GL"), [Specs.Skill("q1", "Go")]);
        var state = new SourcingState();

        var outcome = await Run(project, state, PlanActions.Calibrate);

        Assert.Empty(state.CalibrationIds);
        Assert.Contains("Nuuk, GL is thin: nobody meets the place", outcome.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("only 0", outcome.Summary, StringComparison.Ordinal);
    }

    private string CurrentTitle(string id) => Hiring.Talent.Search.CurrentRole.Of(pool.Profiles[id])[0].Title;

    [Fact]
    public async Task EveryCandidateASearchAddsHasEveryMustHaveSkill()
    {
        var (project, state) = await Calibrated();

        var outcome = await Run(project, state, PlanActions.Search, inputs: ("count", "20"));

        var ids = Ids(outcome);
        Assert.Equal(20, ids.Length);
        Assert.All(ids, id =>
        {
            var skills = pool.Profiles[id].Skills.Select(pool.Harness.Taxonomy.CanonicalSkill).ToHashSet();
            Assert.Contains("go", skills);
            Assert.Contains("kubernetes", skills);
        });
    }

    [Fact]
    public async Task ASearchReportsTheCandidatesTheIterationAndTheBooleanQuery()
    {
        var (project, state) = await Calibrated();

        var outcome = await Run(project, state, PlanActions.Search, inputs: ("count", "10"));

        Assert.Equal("1", outcome.Outputs["sourcing.iteration"]);
        Assert.StartsWith("(title:\"backend engineer\" OR", outcome.Outputs["sourcing.query"], StringComparison.Ordinal);
        var added = project.Pipeline.Where(e => !state.CalibrationIds.Contains(e.CandidateId)).ToList();
        Assert.Equal(Ids(outcome).Order(StringComparer.Ordinal), added.Select(e => e.CandidateId).Order(StringComparer.Ordinal));
        Assert.Equal(10, added.Count);
        Assert.All(added, e => Assert.StartsWith("found by ", e.Why, StringComparison.Ordinal));
    }

    [Fact]
    public async Task EveryStrategysQueryIsRecordedWithItsHits()
    {
        var (project, state) = await Calibrated();

        var outcome = await Run(project, state, PlanActions.Search, inputs: ("count", "10"));

        var iteration = Assert.Single(state.Iterations);
        Assert.Equal(SourcingStrategies.Boolean, iteration.Queries[0].Strategy);
        Assert.Contains(iteration.Queries, q => q.Strategy == SourcingStrategies.AiVariant);
        Assert.All(iteration.Queries, q => Assert.True(q.Hits > 0, q.Query));
        using var payload = JsonDocument.Parse(outcome.Payload!);
        Assert.Equal(iteration.Queries.Count, payload.RootElement.GetProperty("queries").GetArrayLength());
    }

    [Fact]
    public async Task CandidatesInThePipelineArchivedOrErasedAreNeverSourcedAgain()
    {
        var (first, firstState) = await Calibrated();
        var found = Ids(await Run(first, firstState, PlanActions.Search, inputs: ("count", "12")));
        var (project, state) = await Calibrated();
        project.Put(found[0], PipelineStage.Archived);
        project.Put(found[1], PipelineStage.Contacted);
        project.Erased.Add(found[2]);

        var again = Ids(await Run(project, state, PlanActions.Search, inputs: ("count", "12")));

        Assert.NotEmpty(again);
        Assert.DoesNotContain(found[0], again);
        Assert.DoesNotContain(found[1], again);
        Assert.DoesNotContain(found[2], again);
        Assert.Empty(again.Intersect(state.CalibrationIds));
    }

    [Fact]
    public async Task TheNextIterationSearchesWithThePlanTheLoopAdjusted()
    {
        var (project, state) = await Calibrated();
        var first = await Run(project, state, PlanActions.Search, inputs: ("count", "10"));
        var refine = await Run(project, state, PlanActions.RefineSearch, inputs: [("sourcing.iteration", "1"), ("evaluated.count", "10"), ("good.count", "2")]);
        var next = refine.FollowUps![0];

        var second = await Run(project, state, next.Action, inputs: [.. next.Inputs.Select(p => (p.Key, p.Value))]);

        Assert.Equal("2", second.Outputs["sourcing.iteration"]);
        Assert.Equal(first.Outputs["sourcing.query"] + " AND skill:\"docker\"", second.Outputs["sourcing.query"]);
        Assert.Empty(Ids(second).Intersect(Ids(first)));
    }

    [Fact]
    public async Task AContactedCandidateCreditsTheQueryThatFoundThemForTheRecruitersNextSearch()
    {
        var recruiter = $"t1/r-{Guid.NewGuid():N}";
        var (project, state) = await Calibrated();
        var found = Ids(await Run(project, state, PlanActions.Search, recruiter, ("count", "5")));
        project.Put(found[0], PipelineStage.Contacted);

        await Run(project, state, PlanActions.Search, recruiter, ("count", "5"));
        var (other, otherState) = await Calibrated();
        await Run(other, otherState, PlanActions.Search, recruiter, ("count", "5"));

        Assert.Contains(found[0], (await new SourcingHistory(_logs).ReadLedgerAsync(ProjectKey)).Credited);
        var history = otherState.Iterations.Single().Queries.Where(q => q.Strategy == SourcingStrategies.History).ToList();
        var credited = Assert.Single(history);
        Assert.Equal("led to 1 contacts or hires before", credited.Note);
    }

    [Fact]
    public async Task ANewLoopArchivesTheEndedLoopsIterationsAndStateKeepsTheCurrentLoopOnly()
    {
        var (project, state) = await Calibrated();
        var first = await Run(project, state, PlanActions.Search, inputs: ("count", "5"));
        var second = await Run(project, state, PlanActions.Search, inputs: ("count", "5"));

        var current = Assert.Single(state.Iterations);
        Assert.Equal((2, second.Outputs["sourcing.query"]), (current.Loop, current.Query));
        var archived = Assert.Single(await new SourcingHistory(_logs).ArchivedIterationsAsync(ProjectKey));
        Assert.Equal((1, 1, first.Outputs["sourcing.query"]), (archived.Loop, archived.Number, archived.Query));
        Assert.Equal(Ids(first), archived.CandidateIds);
    }

    [Fact]
    public async Task WhoFoundWhomKeptInStateByAnEarlierVersionMovesToTheLogAndStillEarnsCredit()
    {
        var recruiter = $"t1/r-{Guid.NewGuid():N}";
        var (project, state) = await Calibrated();
        var found = Ids(await Run(project, state, PlanActions.Search, recruiter, ("count", "5")));
        var ledger = await new SourcingHistory(_logs).ReadLedgerAsync(ProjectKey);
        // What an earlier version kept in state instead of the log.
        var legacy = new SourcingState { CalibratedAt = state.CalibratedAt, CalibrationIds = state.CalibrationIds, LegacyFoundBy = new(ledger.FoundBy), Loop = state.Loop };
        var logs = pool.NewLogs();
        project.Put(found[0], PipelineStage.Contacted);

        await pool.Agent(logs).RunAsync(new StepContext<SourcingState>(ProjectKey, Step(PlanActions.Search, recruiter, ("count", "5")), legacy, project));

        Assert.Empty(legacy.LegacyFoundBy);
        var moved = await new SourcingHistory(logs).ReadLedgerAsync(ProjectKey);
        Assert.Equal(ledger.FoundBy[found[0]], moved.FoundBy[found[0]]);
        Assert.Contains(found[0], moved.Credited);
    }

    [Fact]
    public async Task SourcingWithOnlyUnapprovedQualificationsIsRefused()
    {
        var project = new FakeProject(Specs.Backend(), [Specs.Skill("q1", "Go", approved: false)]);

        var refusal = await Assert.ThrowsAsync<AssistantRefusalException>(() => Run(project, new SourcingState(), PlanActions.Calibrate));

        Assert.StartsWith("No qualification is approved yet", refusal.Message, StringComparison.Ordinal);
        Assert.Empty(project.Pipeline);
    }

    [Fact]
    public async Task SourcingWithoutAJobSpecIsRefused()
    {
        var refusal = await Assert.ThrowsAsync<AssistantRefusalException>(() => Run(new FakeProject(null, []), new SourcingState(), PlanActions.Search));

        Assert.Equal(RefusalCodes.Invalid, refusal.Code);
    }
}
