using Hiring.Agents.Autopilot;
using Hiring.Agents.Identity;
using Hiring.Agents.Tests.Supervisor;
using Hiring.Contracts.Autopilot;
using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;
using Hiring.Contracts.Talent;
using Hiring.Talent;

namespace Hiring.Agents.Tests.Autopilot;

/// <summary>
/// Autopilot in the running product: a run reads only what changed since the feed started, adds
/// the good matches with the why and nobody else, tells the owner; a budget stops it cleanly and
/// the next run goes on from there; an applicant is evaluated and announced within seconds.
/// </summary>
public sealed class AutopilotClusterTests(AutopilotWorld world) : IClassFixture<AutopilotWorld>
{
    private static readonly TimeSpan Seconds = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task ARunAddsTheNewProfilesThatMatchWithTheReasonAndLeavesTheRestAndTheOlderOnesAlone()
    {
        const string tenant = "ap-run";
        var (project, autopilot, owner) = await world.ProjectAsync(tenant);
        using var scope = TenantScope.For(tenant);
        var pool = TalentPoolScope.Private(tenant);
        await world.Profiles.UpsertAsync(pool, [.. AutopilotPeople.Holders("old", 5)]);

        var settings = await autopilot.Configure(true, new AutopilotSchedule(AutopilotCadence.EveryHours, Hours: 24), $"{tenant}/ana");
        var holders = AutopilotPeople.Holders("new", 12);
        await world.Profiles.UpsertAsync(pool, [.. holders, .. AutopilotPeople.Others("new", 12)]);
        var started = await autopilot.RunNow($"{tenant}/ana");
        var run = await AutopilotWorld.EndedAsync(autopilot, started.Id);

        Assert.True(settings.Enabled);
        Assert.InRange(settings.NextRunAt!.Value, DateTimeOffset.UtcNow.AddHours(23), DateTimeOffset.UtcNow.AddHours(25));
        Assert.Equal(AutopilotRunStatus.Finished, run.Status);
        var pipeline = (await project.Snapshot()).Pipeline;
        Assert.Equal(holders.Select(h => h.Id).Order(), pipeline.Select(e => e.CandidateId).Order());
        Assert.All(pipeline, e => Assert.Equal(PipelineStage.Sourced, e.Stage));
        Assert.All(pipeline, e => Assert.StartsWith("Found overnight by autopilot (run-1)", e.Why, StringComparison.Ordinal));
        Assert.All(pipeline, e => Assert.NotNull(e.Score));
        Assert.Equal((24, 24, 12, 3), (run.Counts.Scanned, run.Counts.Evaluated, run.Counts.Added, run.Batches));
        Assert.StartsWith("Backend Engineer: 12 new matches", run.Digest, StringComparison.Ordinal);
        var told = await owner.WaitForAsync(e => e.Kind == AssistantEventKind.AutopilotRunFinished, "the run's digest in the owner's stream");
        Assert.Equal(run.Digest, told.Text);
        var evaluation = await project.LatestEvaluation(holders[0].Id);
        Assert.Equal((AssessmentVerdict.Met, "run-1/1"), (evaluation!.Assessments.Single().Verdict, evaluation.Batch));

        // "What happened overnight?" answers with the run's digest.
        await owner.Post(new MessageEnvelope("overnight-1", "what happened overnight?"));
        var answer = await owner.WaitForAsync(e => e.Kind == AssistantEventKind.Reply && e.Text.StartsWith("In the last 24 hours", StringComparison.Ordinal), "the overnight digest");
        Assert.Contains(run.Digest!, answer.Text, StringComparison.Ordinal);

        // Nothing changed since: the next run reads nothing.
        var second = await AutopilotWorld.EndedAsync(autopilot, (await autopilot.RunNow($"{tenant}/ana")).Id);
        Assert.Equal((0, 0), (second.Counts.Scanned, second.Counts.Added));
        Assert.Equal(["run-2", "run-1"], (await autopilot.Runs(10)).Select(r => r.Id));
    }

    [Fact]
    public async Task ABudgetStopsARunCleanlyAndTheNextRunGoesOnFromWhereItStoppedWithNobodySkipped()
    {
        const string tenant = "ap-budget";
        var (project, autopilot, _) = await world.ProjectAsync(tenant);
        using var scope = TenantScope.For(tenant);
        await autopilot.Configure(false, null, $"{tenant}/ana");
        var holders = AutopilotPeople.Holders("b", 35);
        await world.Profiles.UpsertAsync(TalentPoolScope.Private(tenant), [.. holders, .. AutopilotPeople.Others("b", 35)]);

        var first = await AutopilotWorld.EndedAsync(autopilot, (await autopilot.RunNow($"{tenant}/ana")).Id);
        var second = await AutopilotWorld.EndedAsync(autopilot, (await autopilot.RunNow($"{tenant}/ana")).Id);

        Assert.Equal((AutopilotRunStatus.BudgetReached, AutopilotWorld.MaxCandidates), (first.Status, first.Counts.Scanned));
        Assert.Contains("50 profiles evaluated", first.StopReason, StringComparison.Ordinal);
        Assert.Contains("stopped at its budget", first.Digest, StringComparison.Ordinal);
        Assert.Equal((AutopilotRunStatus.Finished, 20), (second.Status, second.Counts.Scanned));
        Assert.Equal(holders.Select(h => h.Id).Order(), (await project.Snapshot()).Pipeline.Select(e => e.CandidateId).Order());
        Assert.Equal(35, first.Counts.Added + second.Counts.Added);
    }

    [Fact]
    public async Task AnApplicantIsAddedEvaluatedAndAnnouncedWithinSeconds()
    {
        const string tenant = "ap-apply";
        var (project, _, owner) = await world.ProjectAsync(tenant);
        const string resume = """
            {"basics":{"name":"Noor Haddad","email":"noor@example.org","label":"Backend Engineer"},
             "skills":[{"name":"Go"},{"name":"Kubernetes"}],
             "work":[{"name":"Initech","position":"Backend Engineer","startDate":"2019-02","summary":"Runs our Kubernetes clusters and the Go services on them."}]}
            """;

        var ids = await world.Service<ApplicationDesk>().SubmitAsync(tenant, "backend", resume, "application.json");

        using var scope = TenantScope.For(tenant);
        var id = Assert.Single(ids);
        var told = await owner.WaitForAsync(e => e.Kind == AssistantEventKind.ApplicantEvaluated, "the applicant announced", Seconds);
        Assert.Contains("Noor Haddad", told.Text, StringComparison.Ordinal);
        Assert.Contains("match", told.Text, StringComparison.Ordinal);
        var entry = Assert.Single((await project.Snapshot()).Pipeline);
        Assert.Equal((id, PipelineStage.Sourced), (entry.CandidateId, entry.Stage));
        Assert.StartsWith("Applied to this role.", entry.Why, StringComparison.Ordinal);
        Assert.Equal(AssessmentVerdict.Met, (await project.LatestEvaluation(id))!.Assessments.Single().Verdict);
        Assert.Equal(ProfileOrigin.Applicant, (await world.Profiles.GetAsync(TalentPoolScope.Private(tenant), id))!.Source.Origin);
    }

    [Fact]
    public async Task AnApplicationThatCannotBeReadOrGoesToAnUnknownProjectIsRefusedAndChangesNothing()
    {
        const string tenant = "ap-bad";
        var (project, _, _) = await world.ProjectAsync(tenant);
        var desk = world.Service<ApplicationDesk>();

        var unreadable = await Assert.ThrowsAsync<AssistantRefusalException>(() => desk.SubmitAsync(tenant, "backend", "{ not json", "application.json"));
        var unknown = await Assert.ThrowsAsync<AssistantRefusalException>(() => desk.SubmitAsync(tenant, "no-such-role", "Ann Lee\nBackend Engineer", "application.txt"));
        var huge = await Assert.ThrowsAsync<AssistantRefusalException>(() => desk.SubmitAsync(tenant, "backend", new string('x', ApplicationDesk.MaxDocumentLength + 1), "application.txt"));

        Assert.Equal((RefusalCodes.Invalid, RefusalCodes.NotFound, RefusalCodes.Invalid), (unreadable.Code, unknown.Code, huge.Code));
        using var scope = TenantScope.For(tenant);
        Assert.Empty((await project.Snapshot()).Pipeline);
        Assert.Equal(0, await world.Profiles.CountAsync(TalentPoolScope.Private(tenant)));
    }

    [Fact]
    public async Task AnInvalidScheduleIsRefusedAndChangesNothingAndAnotherTenantCannotReachTheAutopilot()
    {
        const string tenant = "ap-invalid";
        var (_, autopilot, _) = await world.ProjectAsync(tenant);
        using (TenantScope.For(tenant))
        {
            var refusal = await Assert.ThrowsAsync<AssistantRefusalException>(() => autopilot.Configure(true, new AutopilotSchedule(AutopilotCadence.EveryHours, Hours: 0), $"{tenant}/ana"));
            Assert.Equal(RefusalCodes.Invalid, refusal.Code);
            Assert.False((await autopilot.Settings()).Enabled);
        }

        using (TenantScope.For("someone-else"))
        {
            await Assert.ThrowsAnyAsync<Exception>(() => autopilot.Settings());
        }

        using (TenantScope.For(tenant))
        {
            var missing = await Assert.ThrowsAsync<AssistantRefusalException>(() => world.Cluster.Client.GetGrain<IProjectAutopilot>(GrainKeys.Project(tenant, "never-made")).Runs(5));
            Assert.Equal(RefusalCodes.NotFound, missing.Code);
        }
    }

    [Fact]
    public async Task ABatchAppliedAgainAfterACrashBetweenItsLedgerAppendAndItsStateWriteRecordsNoOneTwiceAndSaysWhomItAdded()
    {
        const string tenant = "ap-replay";
        var (project, _, _) = await world.ProjectAsync(tenant);
        using var scope = TenantScope.For(tenant);
        var evaluator = world.Service<Hiring.Agents.Evaluation.CandidateBatchEvaluator>();
        var approved = await project.ApprovedQualifications();
        var people = AutopilotPeople.Holders("replay", 2);
        var evaluations = await evaluator.EvaluateProfilesAsync(people, approved, Hiring.Reasoning.Tasks.ReasoningContext.None, AutopilotPeople.Spec, 1);

        // The first attempt appended the first evaluation to the ledger, then the silo died before the project saved its state.
        var logs = world.Service<Hiring.Storage.ILogStore>();
        var stream = $"evidence/{tenant}/backend";
        await logs.AppendAsync(stream, "evaluation", Hiring.Agents.Supervisor.EventJson.Serialize(evaluations[0] with { Batch = "run-1/1" }));

        var matches = people.Select(p => new SourcedCandidate(p.Id, "found", 1)).ToList();
        var added = await project.ApplyBatch("run-1/1", evaluations, matches, "autopilot");
        var again = await project.ApplyBatch("run-1/1", evaluations, matches, "autopilot");

        // Applied again (its caller died before it heard back): nobody recorded twice, and told whom it added.
        Assert.Equal(people.Select(p => p.Id), added.Select(e => e.CandidateId));
        Assert.Equal(people.Select(p => p.Id), again.Select(e => e.CandidateId));
        var ledger = await logs.ReadAfterAsync(stream, 0, 100);
        Assert.Equal(people.Select(p => p.Id).Order(), ledger.Select(e => Hiring.Agents.Supervisor.EventJson.Deserialize<CandidateEvaluation>(e.Payload).CandidateId).Order());
        foreach (var person in people)
        {
            Assert.NotNull(await project.LatestEvaluation(person.Id));
        }
    }

    [Fact]
    public async Task TheRecruiterTurnsAutopilotOnFromChatWithTheirOwnScheduleAfterApprovingIt()
    {
        const string tenant = "ap-chat";
        var (_, autopilot, owner) = await world.ProjectAsync(tenant);
        using var scope = TenantScope.For(tenant);

        await owner.Post(new MessageEnvelope("chat-1", "keep sourcing for this role every 6 hours while I'm away", "backend"));
        var approval = await ApprovalAsync(owner);
        Assert.False((await autopilot.Settings()).Enabled);
        await owner.Decide(approval.Id, new ApprovalDecision(ApprovalVerdict.Approve));
        await owner.WaitForAsync(e => e.Kind == AssistantEventKind.AutopilotChanged, "the autopilot turned on");

        var settings = await autopilot.Settings();
        Assert.Equal((true, AutopilotCadence.EveryHours, 6), (settings.Enabled, settings.Schedule.Cadence, settings.Schedule.Hours));
        Assert.Equal($"{tenant}/ana", settings.ChangedBy);

        await owner.Post(new MessageEnvelope("chat-2", "turn off autopilot for this one", "backend"));
        await Wait.UntilAsync(async () => !(await autopilot.Settings()).Enabled, TimeSpan.FromSeconds(30), "the autopilot turned off");
    }

    private static async Task<ApprovalRequest> ApprovalAsync(IRecruiterSupervisor owner)
    {
        ApprovalRequest? pending = null;
        await Wait.UntilAsync(async () => (await owner.Approvals(pendingOnly: true)) is { Count: > 0 } waiting && (pending = waiting[0]) is not null, TimeSpan.FromSeconds(30), "an approval to turn autopilot on");
        return pending!;
    }
}
