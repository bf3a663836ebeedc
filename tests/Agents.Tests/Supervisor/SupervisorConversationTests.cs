using Hiring.Agents.Identity;
using Hiring.Agents.Tests.Supervisor.Doubles;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Tests.Supervisor;

[Collection(SupervisorClusterCollection.Name)]
public sealed class SupervisorConversationTests(SupervisorClusterFixture fixture)
{
    private IRecruiterSupervisor Supervisor(string tenant) => fixture.Cluster.Client.GetGrain<IRecruiterSupervisor>($"{tenant}/ana");

    [Fact]
    public async Task FindingCandidatesForTheOpenRoleStreamsAPlanStepsAnApprovalAndAfterApprovalTheRest()
    {
        const string tenant = "stream-walk";
        using var scope = TenantScope.For(tenant);
        await using var stream = await StreamRecorder.SubscribeAsync(fixture.Cluster.Client, $"{tenant}/ana");
        var supervisor = Supervisor(tenant);

        var ack = await supervisor.Post(new MessageEnvelope("m-1", OpenRoleDesk.Search, OpenRoleDesk.ProjectId));
        Assert.False(ack.Duplicate);

        var plan = await stream.WaitForAsync(e => e.Kind == AssistantEventKind.PlanCreated, "plan");
        Assert.Contains("\"intent\":\"FindCandidates\"", plan.Payload, StringComparison.Ordinal);
        var approval = await stream.WaitForAsync(e => e.Kind == AssistantEventKind.ApprovalRequested, "approval request");
        Assert.Empty(AgentScript.For(tenant).Applications);

        var pending = Assert.Single(await supervisor.Approvals(pendingOnly: true));
        Assert.Equal(ApprovalAction.StartSourcing, pending.Action);
        await supervisor.Decide(pending.Id, new ApprovalDecision(ApprovalVerdict.Approve));

        await stream.WaitForAsync(e => e.Kind == AssistantEventKind.PlanCompleted, "plan completion");
        var kinds = stream.Events.Select(e => e.Kind).ToList();
        Assert.True(kinds.IndexOf(AssistantEventKind.PlanCreated) < kinds.IndexOf(AssistantEventKind.ApprovalRequested));
        Assert.True(kinds.IndexOf(AssistantEventKind.ApprovalDecided) < kinds.IndexOf(AssistantEventKind.StepStarted));
        Assert.Equal(2, stream.Events.Count(e => e.Kind == AssistantEventKind.StepCompleted));
        Assert.Equal(
            [("Sourcing", PlanActions.Search), ("Evaluation", PlanActions.EvaluateCandidates)],
            AgentScript.For(tenant).Applications.Select(a => (a.Agent, a.Action)));
        var sequences = stream.Events.Select(e => e.Sequence).ToList();
        Assert.Equal(sequences.Order(), sequences);
        Assert.True(approval.Sequence > plan.Sequence);
    }

    [Fact]
    public async Task TheLiveStreamCarriesEveryLoggedEventOnceInOrderIncludingTheOnesWrittenTogether()
    {
        // A step's reply, its completion and the plan's end are one write, published as one batch: a
        // subscriber must still receive each of them, once, in the log's order.
        const string tenant = "stream-batch";
        using var scope = TenantScope.For(tenant);
        await using var stream = await StreamRecorder.SubscribeAsync(fixture.Cluster.Client, $"{tenant}/ana");
        var supervisor = Supervisor(tenant);

        await supervisor.Post(new MessageEnvelope("b-1", "thanks"));
        await stream.WaitForAsync(e => e.Kind == AssistantEventKind.PlanCompleted, "plan completion");
        await supervisor.Post(new MessageEnvelope("b-2", "hello there"));
        await stream.WaitForAsync(e => e.Kind == AssistantEventKind.PlanCompleted && e.Sequence > stream.Events.First(f => f.Kind == AssistantEventKind.PlanCompleted).Sequence, "second plan completion");

        var logged = await supervisor.EventsAfter(0, 100);
        Assert.Equal(logged.Select(e => (e.Sequence, e.Kind)), stream.Events.Select(e => (e.Sequence, e.Kind)));
        Assert.Equal(2, logged.Count(e => e.Kind == AssistantEventKind.Reply));
    }

    [Fact]
    public async Task ProjectWorkAskedWithNoProjectOpenIsAnsweredThatNoneIsOpenAndNoAgentIsCalled()
    {
        const string tenant = "no-project-open";
        using var scope = TenantScope.For(tenant);
        var supervisor = Supervisor(tenant);

        await supervisor.Post(new MessageEnvelope("w-1", "summarize the transcript of this morning's screen"));

        var failed = await supervisor.WaitForAsync(e => e.Kind == AssistantEventKind.StepFailed, "the step's end");
        Assert.StartsWith("There is no project open yet", failed.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(".desk", failed.Text, StringComparison.Ordinal);
        Assert.Empty(AgentScript.For(tenant).Applications);
    }

    [Fact]
    public async Task PostingTheSameClientMessageIdAgainReturnsTheFirstAckAndDoesNothing()
    {
        using var scope = TenantScope.For("idempotent");
        var supervisor = Supervisor("idempotent");
        var first = await supervisor.Post(new MessageEnvelope("same-id", "hello there"));
        var again = await supervisor.Post(new MessageEnvelope("same-id", "hello there"));

        Assert.False(first.Duplicate);
        Assert.True(again.Duplicate);
        Assert.Equal(first.InboxSequence, again.InboxSequence);
        Assert.Equal(first.AcceptedAt, again.AcceptedAt);
        await supervisor.WaitForAsync(AssistantEventKind.PlanCompleted);
        var events = await supervisor.EventsAfter(0, 100);
        Assert.Single(events, e => e.Kind == AssistantEventKind.MessageReceived);
        Assert.Single(events, e => e.Kind == AssistantEventKind.PlanCreated);
    }

    [Fact]
    public async Task AnOversizedMessageIsRefusedAndChangesNothing()
    {
        using var scope = TenantScope.For("oversized");
        var supervisor = Supervisor("oversized");
        var refusal = await Assert.ThrowsAsync<AssistantRefusalException>(() => supervisor.Post(new MessageEnvelope("big", new string('x', 40_000))));

        Assert.Equal(RefusalCodes.TooLarge, refusal.Code);
        Assert.Contains("limit", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(0, await supervisor.LastSequence());
        Assert.Empty((await supervisor.Conversation(null, 10)).Turns);
    }

    [Fact]
    public async Task AnEmptyMessageOrMissingIdIsRefused()
    {
        using var scope = TenantScope.For("empty");
        var supervisor = Supervisor("empty");
        Assert.Equal(RefusalCodes.Invalid, (await Assert.ThrowsAsync<AssistantRefusalException>(() => supervisor.Post(new MessageEnvelope("e", "   ")))).Code);
        Assert.Equal(RefusalCodes.Invalid, (await Assert.ThrowsAsync<AssistantRefusalException>(() => supervisor.Post(new MessageEnvelope("", "hi")))).Code);
        Assert.Equal(0, await supervisor.LastSequence());
    }

    [Fact]
    public async Task AFullInboxRefusesWithAClearErrorWhileWorkIsStuck()
    {
        const string tenant = "full-inbox";
        using var scope = TenantScope.For(tenant);
        var script = AgentScript.For(tenant).HoldWhileApplying(PlanActions.Search);
        var supervisor = Supervisor(tenant);
        await supervisor.SetPolicy(ApprovalAction.StartSourcing, ApprovalMode.Auto);
        await supervisor.Post(new MessageEnvelope("first", OpenRoleDesk.Search, OpenRoleDesk.ProjectId));
        await script.Holding.Task.WaitAsync(TimeSpan.FromSeconds(30));

        for (var i = 0; i < 5; i++)
        {
            await supervisor.Post(new MessageEnvelope($"queued-{i}", $"hello {i}"));
        }

        var refusal = await Assert.ThrowsAsync<AssistantRefusalException>(() => supervisor.Post(new MessageEnvelope("one-too-many", "hello again")));
        Assert.Equal(RefusalCodes.InboxFull, refusal.Code);
        Assert.Contains("5 messages waiting", refusal.Message, StringComparison.Ordinal);

        script.Release();
        await supervisor.WaitForAsync(e => e.Kind == AssistantEventKind.Reply && e.Text.StartsWith("Hello", StringComparison.Ordinal), "replies to the queued messages");
    }

    [Fact]
    public async Task AFailingStepIsRetriedWithBackoffThenReplannedOnceThenTheRecruiterIsToldWhy()
    {
        const string tenant = "always-fails";
        using var scope = TenantScope.For(tenant);
        AgentScript.For(tenant).Fail(PlanActions.EvaluateCandidates, times: 100);
        var supervisor = Supervisor(tenant);
        await supervisor.SetPolicy(ApprovalAction.StartSourcing, ApprovalMode.Auto);

        await supervisor.Post(new MessageEnvelope("f-1", OpenRoleDesk.Search, OpenRoleDesk.ProjectId));
        var failed = await supervisor.WaitForAsync(AssistantEventKind.PlanFailed);

        var events = await supervisor.EventsAfter(0, 200);
        Assert.Equal(4, events.Count(e => e.Kind == AssistantEventKind.StepRetrying));
        Assert.Single(events, e => e.Kind == AssistantEventKind.PlanReplanned);
        Assert.Contains("evaluation is down", failed.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(events, e => e.Kind == AssistantEventKind.StepFailed);
        // The search succeeded once; the replanned plan's identical search step was not applied again.
        Assert.Single(AgentScript.For(tenant).Applications, a => a.Action == PlanActions.Search);
        var turns = (await supervisor.Conversation(null, 10)).Turns;
        Assert.Equal(ConversationRole.Assistant, turns[^1].Role);
        Assert.StartsWith("I stopped", turns[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARefusingAgentStopsThePlanWithItsReasonAndNoRetries()
    {
        const string tenant = "refuses";
        using var scope = TenantScope.For(tenant);
        AgentScript.For(tenant).Refuse(PlanActions.PrepareQuestions, "The screening agent is not available yet.");
        var supervisor = Supervisor(tenant);

        await supervisor.Post(new MessageEnvelope("r-1", "prepare screening questions for Maria", OpenRoleDesk.ProjectId));
        var failed = await supervisor.WaitForAsync(AssistantEventKind.PlanFailed);

        Assert.Contains("not available yet", failed.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(await supervisor.EventsAfter(0, 100), e => e.Kind == AssistantEventKind.StepRetrying);
    }

    [Fact]
    public async Task AnAutoPolicyRunsTheStepWithoutAskingAndDefaultsStayAsk()
    {
        using var scope = TenantScope.For("auto-policy");
        var supervisor = Supervisor("auto-policy");
        var policy = await supervisor.SetPolicy(ApprovalAction.StartSourcing, ApprovalMode.Auto);
        Assert.Equal(ApprovalMode.Auto, policy.ModeFor(ApprovalAction.StartSourcing));
        Assert.Equal(ApprovalMode.Ask, policy.ModeFor(ApprovalAction.Send));

        await supervisor.Post(new MessageEnvelope("a-1", OpenRoleDesk.Search, OpenRoleDesk.ProjectId));
        await supervisor.WaitForAsync(AssistantEventKind.PlanCompleted);

        Assert.Empty(await supervisor.Approvals(pendingOnly: false));
    }

    [Fact]
    public async Task RejectingAnApprovalSkipsTheStepAndDecidingAgainIsRefusedAsAlreadyDecided()
    {
        const string tenant = "rejects";
        using var scope = TenantScope.For(tenant);
        var supervisor = Supervisor(tenant);
        await supervisor.Post(new MessageEnvelope("x-1", OpenRoleDesk.Search, OpenRoleDesk.ProjectId));
        await supervisor.WaitForAsync(AssistantEventKind.ApprovalRequested);
        var approval = Assert.Single(await supervisor.Approvals(pendingOnly: true));

        var rejected = await supervisor.Decide(approval.Id, new ApprovalDecision(ApprovalVerdict.Reject, Note: "not now"));
        var again = await Assert.ThrowsAsync<AssistantRefusalException>(() => supervisor.Decide(approval.Id, new ApprovalDecision(ApprovalVerdict.Approve)));

        Assert.Equal(ApprovalStatus.Rejected, rejected.Status);
        Assert.Equal(RefusalCodes.AlreadyDecided, again.Code);
        Assert.Equal(ApprovalStatus.Rejected, Assert.Single(await supervisor.Approvals(pendingOnly: false)).Status);
        await supervisor.WaitForAsync(AssistantEventKind.PlanCompleted);
        Assert.Empty(AgentScript.For(tenant).Applications);
        var events = await supervisor.EventsAfter(0, 100);
        Assert.Single(events, e => e.Kind == AssistantEventKind.ApprovalDecided);
        // The reply that ends the plan says it was declined, not only what was proposed before it.
        Assert.Contains("You declined that", events.Last(e => e.Kind == AssistantEventKind.Reply).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEditedApprovalRunsTheStepWithTheRecruitersChanges()
    {
        const string tenant = "edits";
        using var scope = TenantScope.For(tenant);
        var supervisor = Supervisor(tenant);
        await supervisor.Post(new MessageEnvelope("e-1", OpenRoleDesk.Search, OpenRoleDesk.ProjectId));
        await supervisor.WaitForAsync(AssistantEventKind.ApprovalRequested);
        var approval = Assert.Single(await supervisor.Approvals(pendingOnly: true));

        await supervisor.Decide(approval.Id, new ApprovalDecision(ApprovalVerdict.Edit, new Dictionary<string, string> { ["locations"] = "Munich" }));
        await supervisor.WaitForAsync(AssistantEventKind.PlanCompleted);

        var decided = Assert.Single(await supervisor.Approvals(pendingOnly: false));
        Assert.Equal("Munich", decided.Decision!.Changes!["locations"]);
    }

    [Fact]
    public async Task UnknownApprovalIdsAreRefusedAsNotFound()
    {
        using var scope = TenantScope.For("unknown-approval");
        var refusal = await Assert.ThrowsAsync<AssistantRefusalException>(() => Supervisor("unknown-approval").Decide("nope", new ApprovalDecision(ApprovalVerdict.Approve)));
        Assert.Equal(RefusalCodes.NotFound, refusal.Code);
    }

    [Fact]
    public async Task SmallTalkIsAnsweredHonestlyWithWhatTheAssistantCanDo()
    {
        using var scope = TenantScope.For("small-talk");
        var supervisor = Supervisor("small-talk");
        await supervisor.Post(new MessageEnvelope("s-1", "hi, how are you?"));
        var reply = await supervisor.WaitForAsync(AssistantEventKind.Reply);

        Assert.Contains("hiring project", reply.Text, StringComparison.Ordinal);
        var turns = (await supervisor.Conversation(null, 10)).Turns;
        Assert.Equal([ConversationRole.Recruiter, ConversationRole.Assistant], turns.Select(t => t.Role));
    }

    [Fact]
    public async Task ReplayAfterACursorReturnsEveryLaterEventWithNoGap()
    {
        using var scope = TenantScope.For("replay");
        var supervisor = Supervisor("replay");
        await supervisor.Post(new MessageEnvelope("r-1", "hello"));
        await supervisor.Post(new MessageEnvelope("r-2", "thanks!"));
        await supervisor.WaitForAsync(e => e.Kind == AssistantEventKind.PlanCompleted && e.PlanId == "m2", "second plan completed");

        var all = await supervisor.EventsAfter(0, 500);
        var cursor = all[all.Count / 2].Sequence;
        var replay = await supervisor.EventsAfter(cursor, 500);

        Assert.Equal(Enumerable.Range(1, all.Count).Select(i => (long)i), all.Select(e => e.Sequence));
        Assert.Equal(all.Where(e => e.Sequence > cursor).Select(e => (e.Sequence, e.Kind, e.Text)), replay.Select(e => (e.Sequence, e.Kind, e.Text)));
        Assert.Equal(2, (await supervisor.EventsAfter(cursor, 2)).Count);
    }

    [Fact]
    public async Task ConversationPagesGoBackwardsFromTheNewestTurn()
    {
        using var scope = TenantScope.For("paging");
        var supervisor = Supervisor("paging");
        await supervisor.Post(new MessageEnvelope("p-1", "hello"));
        await supervisor.Post(new MessageEnvelope("p-2", "thank you"));
        await supervisor.WaitForAsync(e => e.Kind == AssistantEventKind.PlanCompleted && e.PlanId == "m2", "second plan completed");

        var latest = await supervisor.Conversation(null, 2);
        var earlier = await supervisor.Conversation(latest.Before, 2);

        Assert.Equal([3L, 4L], latest.Turns.Select(t => t.Sequence));
        Assert.Equal([1L, 2L], earlier.Turns.Select(t => t.Sequence));
        Assert.Null(earlier.Before);
        Assert.Equal("hello", earlier.Turns[0].Text);
    }

    [Fact]
    public async Task ACallCarryingAnotherTenantIsRefusedLikeAnUnknownId()
    {
        var supervisor = Supervisor("owner-tenant");
        using (TenantScope.For("intruder"))
        {
            var refusal = await Assert.ThrowsAsync<AssistantRefusalException>(() => supervisor.Post(new MessageEnvelope("i-1", "hello")));
            Assert.Equal(RefusalCodes.NotFound, refusal.Code);
            Assert.Equal(RefusalCodes.NotFound, (await Assert.ThrowsAsync<AssistantRefusalException>(() => supervisor.EventsAfter(0, 10))).Code);
        }

        using var owner = TenantScope.For("owner-tenant");
        Assert.Equal(0, await supervisor.LastSequence());
    }
}
