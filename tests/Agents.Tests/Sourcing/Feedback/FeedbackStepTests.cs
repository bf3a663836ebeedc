using Hiring.Agents.SubAgents;
using System.Text.Json;
using Hiring.Agents.Sourcing;
using Hiring.Agents.Sourcing.Constraints;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Tests.Sourcing.Feedback;

/// <summary>record-feedback over a real index of a seeded synthetic pool, after a real calibration batch.</summary>
public sealed class FeedbackStepTests(SyntheticPoolFixture pool) : IClassFixture<SyntheticPoolFixture>
{
    private const string ProjectKey = "t1/p1";
    private const string Recruiter = "t1/r1";
    private readonly StepHandlers<SourcingState> _agent = pool.Agent();

    // No seniority asked, so "too junior" may raise the floor; anywhere, so the batch is full.
    private static FakeProject Project() => new(Specs.Backend(seniority: "", remote: RemotePolicy.Remote), [Specs.Skill("q1", "Go"), Specs.Skill("q2", "Kubernetes"), Specs.Skill("q3", "Docker", QualificationKind.NiceToHave)]);

    private Task<StepOutcome> Run(FakeProject project, SourcingState state, string action, params (string Name, string Value)[] inputs) =>
        _agent.RunAsync(new StepContext<SourcingState>(ProjectKey, new StepCommand(Guid.NewGuid().ToString("N"), Recruiter, "p1", action, inputs.ToDictionary(i => i.Name, i => i.Value), RequestSlots.Empty), state, project));

    private async Task<(FakeProject Project, SourcingState State, List<string> Shown)> Calibrated()
    {
        var project = Project();
        var state = new SourcingState();
        var outcome = await Run(project, state, PlanActions.Calibrate);
        return (project, state, [.. outcome.Open!.Candidates!]);
    }

    private string Level(string id) => TitleLevels.Read(Hiring.Talent.Search.CurrentRole.Of(pool.Profiles[id])[0].Title).Level;

    [Fact]
    public async Task OneAndThreeLookRightTwoIsTooJuniorChangesTheWeightsAndTheLevelAndSaysSo()
    {
        var (project, state, shown) = await Calibrated();

        var outcome = await Run(project, state, PlanActions.RecordFeedback, ("shown", string.Join(',', shown)), ("request", "1 and 3 look right, 2 is too junior"));

        Assert.Equal(PipelineStage.Sourced, project.Entry(shown[0])!.Stage);
        Assert.Equal(PipelineStage.Sourced, project.Entry(shown[2])!.Stage);
        Assert.Equal(PipelineStage.Archived, project.Entry(shown[1])!.Stage);
        Assert.Contains("too junior", project.Entry(shown[1])!.Moves[^1].Why, StringComparison.Ordinal);
        Assert.Equal(Recruiter, project.Entry(shown[1])!.Moves[^1].By);
        Assert.All(shown.Skip(3), id => Assert.Equal(PipelineStage.Calibration, project.Entry(id)!.Stage));

        Assert.Equal(3, state.Feedback.Count);
        Assert.All(state.Feedback, f => Assert.Equal((Recruiter, FeedbackEntry.Chat), (f.By, f.Source)));
        Assert.Equal(new[] { shown[0], shown[2] }.Order(StringComparer.Ordinal), state.Preferences.Liked.Order(StringComparer.Ordinal));
        Assert.NotEmpty(state.Preferences.SkillWeights);
        Assert.DoesNotContain("go", state.Preferences.SkillWeights.Keys);
        var floor = TitleLevels.ContributorLevels[TitleLevels.IndexOf(Level(shown[1])) + 1];
        Assert.Equal(floor, state.Preferences.Bounds.Floor);

        Assert.Contains("raising the level floor to " + floor, outcome.Summary, StringComparison.Ordinal);
        Assert.Contains("boosting skills", outcome.Summary, StringComparison.Ordinal);
        using var payload = JsonDocument.Parse(outcome.Payload!);
        Assert.Equal(3, payload.RootElement.GetProperty("reactions").GetArrayLength());
        Assert.NotEmpty(payload.RootElement.GetProperty("weights").EnumerateObject());
        Assert.Equal(floor, payload.RootElement.GetProperty("bounds").GetProperty("floor").GetString());
        Assert.NotEqual(payload.RootElement.GetProperty("constraintsBefore").GetString(), payload.RootElement.GetProperty("constraintsAfter").GetString());
    }

    [Fact]
    public async Task TheNextSearchEvaluatesTheLikedCandidatesRanksWithTheirSkillsAndKeepsToTheRaisedFloor()
    {
        var (project, state, shown) = await Calibrated();
        await Run(project, state, PlanActions.RecordFeedback, ("shown", string.Join(',', shown)), ("request", "1 and 3 look right, 2 is too junior"));

        var search = await Run(project, state, PlanActions.Search, ("count", "10"));

        var ids = search.Outputs["candidates"].Split(',');
        Assert.Equal(shown[0], ids[0]);
        Assert.Contains(shown[2], ids);
        var floor = TitleLevels.IndexOf(state.Preferences.Bounds.Floor!);
        Assert.All(ids.Except([shown[0], shown[2]]), id => Assert.True(TitleLevels.IndexOf(Level(id)) >= floor, $"{id} is {Level(id)}"));
        Assert.Contains(project.Pipeline, e => e.Why?.Contains("like the candidates you liked", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task UnratedCalibrationCandidatesReturnToThePoolOnceTheRecruiterHasReacted()
    {
        var (project, state, shown) = await Calibrated();
        await Run(project, state, PlanActions.RecordFeedback, ("request", "the second one isn't a fit"));

        var search = await Run(project, state, PlanActions.Search, ("count", "40"));

        var again = search.Outputs["candidates"].Split(',').Intersect(shown.Skip(2)).ToList();
        Assert.NotEmpty(again);
        Assert.All(again, id => Assert.Equal(PipelineStage.Sourced, project.Entry(id)!.Stage));
        Assert.DoesNotContain(shown[1], search.Outputs["candidates"].Split(','));
    }

    [Fact]
    public async Task ManagersFeedbackLeavesManagementTitlesOutOfTheQuery()
    {
        var (project, state, _) = await Calibrated();

        var outcome = await Run(project, state, PlanActions.RecordFeedback, ("request", "none of these, they're all managers"));

        Assert.True(state.Preferences.ExcludeManagement);
        Assert.Contains("NOT title:\"director\"", outcome.Outputs["sourcing.query"], StringComparison.Ordinal);
        Assert.Contains("Query now:", outcome.Summary, StringComparison.Ordinal);
        Assert.All(state.CalibrationIds, id => Assert.Equal(PipelineStage.Archived, project.Entry(id)!.Stage));
    }

    [Fact]
    public async Task TooJuniorWhenASeniorityWasAskedSaysTheBatchWasAtThatLevel()
    {
        var project = new FakeProject(Specs.Backend(seniority: "senior", remote: RemotePolicy.Remote), [Specs.Skill("q1", "Go")]);
        var state = new SourcingState();
        await Run(project, state, PlanActions.Calibrate);

        var outcome = await Run(project, state, PlanActions.RecordFeedback, ("request", "2 is too junior"));

        Assert.Equal(LevelBounds.Open, state.Preferences.Bounds);
        Assert.Contains("already at the level you asked (senior, individual contributor)", outcome.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheAnswerIsReadNotTheRequestTheQuestionWasAbout()
    {
        var (project, state, shown) = await Calibrated();

        await Run(project, state, PlanActions.RecordFeedback, ("shown", string.Join(',', shown)), ("request", "senior backend engineer, 5+ years"), ("answer", "#2 looks right"));

        var entry = Assert.Single(state.Feedback);
        Assert.Equal((shown[1], true, 2), (entry.CandidateId, entry.Liked, entry.Position));
    }

    [Fact]
    public async Task WordsThatNameNoCandidateAskAgainAndChangeNothing()
    {
        var (project, state, shown) = await Calibrated();

        var outcome = await Run(project, state, PlanActions.RecordFeedback, ("request", "hmm, let me think"));

        Assert.NotNull(outcome.Question);
        Assert.Equal(shown, outcome.Open!.Candidates);
        Assert.Empty(state.Feedback);
        Assert.All(shown, id => Assert.Equal(PipelineStage.Calibration, project.Entry(id)!.Stage));
    }

    [Fact]
    public async Task AThumbsUpMakesACalibrationCandidateEligibleAndIsRecordedAsAThumb()
    {
        var (project, state, shown) = await Calibrated();

        await Run(project, state, PlanActions.RecordFeedback, ("candidate", shown[4]), ("verdict", "up"), ("reason", "more like this one"));

        Assert.Equal(PipelineStage.Sourced, project.Entry(shown[4])!.Stage);
        var entry = Assert.Single(state.Feedback);
        Assert.Equal((shown[4], true, FeedbackReason.MoreLikeThis, FeedbackEntry.Thumbs, Recruiter), (entry.CandidateId, entry.Liked, entry.Reason, entry.Source, entry.By));
        Assert.Equal([shown[4]], state.Preferences.Liked);
    }

    [Fact]
    public async Task AThumbOnACandidateOutsideTheProjectIsRefusedAsNotFound()
    {
        var (project, state, _) = await Calibrated();

        var refusal = await Assert.ThrowsAsync<AssistantRefusalException>(() => Run(project, state, PlanActions.RecordFeedback, ("candidate", "someone-else"), ("verdict", "down")));

        Assert.Equal(RefusalCodes.NotFound, refusal.Code);
        Assert.Empty(state.Feedback);
    }
}
