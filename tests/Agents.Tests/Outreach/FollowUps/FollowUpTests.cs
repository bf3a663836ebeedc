using Hiring.Agents.Outreach.Contacts;
using Hiring.Agents.Tests.Outreach.Agent;
using Hiring.Agents.Tests.Outreach.Drafting.Support;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Outreach;
using Hiring.Contracts.Planning;

namespace Hiring.Agents.Tests.Outreach.FollowUps;

/// <summary>
/// Follow-ups by reminder, on the outreach agent's handlers without a cluster: the due list after a
/// send, the reminder's tick on a fake clock, the follow-up step and its send, against the real ledger.
/// </summary>
public sealed class FollowUpTests : IDisposable
{
    private static readonly string Maria = Candidates.Engineer.Id;
    private readonly OutreachAgentHarness _agent = new(Jobs.Backend, Jobs.BackendQualifications);

    public void Dispose() => _agent.Dispose();

    [Fact]
    public async Task AFollowUpFallsDueAfterTheConfiguredDaysWithoutAReplyAndIsOfferedForTheSendApproval()
    {
        await SendFirstMessageAsync();
        _agent.Time.Advance(_agent.FollowUpOptions.After - TimeSpan.FromMinutes(1));
        Assert.Null(await TickAsync());

        _agent.Time.Advance(TimeSpan.FromMinutes(1));
        var call = await TickAsync();

        Assert.NotNull(call);
        Assert.Equal("t1/r1", call.Recruiter);
        Assert.Equal([Maria], call.Envelope.FollowUps!.CandidateIds);
        Assert.Contains("Maria Lopez", call.Envelope.Text, StringComparison.Ordinal);
        Assert.Empty(_agent.State.FollowUps);
        var send = await DraftFollowUpAsync(call.Envelope.FollowUps.CandidateIds);
        Assert.Equal((AgentKind.Outreach, PlanActions.SendMessage, true, ApprovalAction.Send), (send.Agent, send.Action, send.NeedsApproval, send.Approval));
        Assert.Contains("follow-up 1 to Maria Lopez", send.Summary, StringComparison.Ordinal);
        var text = send.Inputs[StepValueNames.Text];
        Assert.Contains("Maria", text, StringComparison.Ordinal);
        Assert.Contains(Jobs.Backend.Title, text, StringComparison.Ordinal);
        Assert.Contains("following up on my note", text, StringComparison.Ordinal);
        Assert.StartsWith("Re: ", send.Inputs[StepValueNames.Subject], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnApprovedFollowUpGoesOutInTheThreadAndTheNextOneIsScheduled()
    {
        var first = await SendFirstMessageAsync();
        _agent.Time.Advance(TimeSpan.FromDays(3));
        var send = await DraftFollowUpAsync();

        var outcome = await _agent.RunAsync(_agent.Send, _agent.Command(PlanActions.SendMessage, send.Inputs));

        Assert.Contains("Sent the follow-up to Maria Lopez", outcome.Summary, StringComparison.Ordinal);
        var thread = (await _agent.LedgerAsync()).Index.Thread(first.ThreadId);
        Assert.Equal([ContactKind.FirstOutreach, ContactKind.FollowUp], thread.Select(m => m.Kind));
        Assert.Equal(send.Inputs[StepValueNames.Text], thread[1].Text);
        var due = Assert.Single(_agent.State.FollowUps);
        Assert.Equal(_agent.Time.GetUtcNow() + _agent.FollowUpOptions.After, due.DueAt);
    }

    [Theory]
    [InlineData("Thanks, I'm not looking right now.", ReplyKind.NotInterested)]
    [InlineData("Yes, happy to talk!", ReplyKind.Interested)]
    [InlineData("Is the role remote?", ReplyKind.Question)]
    [InlineData("I'm out of the office until Monday.", ReplyKind.OutOfOffice)]
    [InlineData("Please remove me from your list.", ReplyKind.Unsubscribe)]
    public async Task AnyReplyStopsTheFollowUpsOfItsThread(string text, ReplyKind kind)
    {
        var first = await SendFirstMessageAsync();
        await ReplyAsync(first, text, kind);
        _agent.Time.Advance(TimeSpan.FromDays(4));

        Assert.Null(await TickAsync());
        Assert.Empty(_agent.State.FollowUps);
        var outcome = await _agent.RunAsync(_agent.FollowUp, _agent.Command(PlanActions.FollowUp, new Dictionary<string, string>()));
        Assert.Empty(outcome.FollowUps ?? []);
        Assert.Contains("No one in Senior Backend Engineer is waiting for a follow-up", outcome.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReplyWhileTheFollowUpWaitsForItsApprovalStopsTheSend()
    {
        var first = await SendFirstMessageAsync();
        _agent.Time.Advance(TimeSpan.FromDays(3));
        var send = await DraftFollowUpAsync();
        await ReplyAsync(first, "Yes, happy to talk!", ReplyKind.Interested);

        var outcome = await _agent.RunAsync(_agent.Send, _agent.Command(PlanActions.SendMessage, send.Inputs));

        Assert.Contains("Not sent to Maria Lopez", outcome.Summary, StringComparison.Ordinal);
        Assert.Single((await _agent.LedgerAsync()).Index.Thread(first.ThreadId));
        Assert.Empty(_agent.State.FollowUps);
    }

    [Fact]
    public async Task AThreadGetsAtMostTwoFollowUpsAndTheLastSaysItIsTheLast()
    {
        var first = await SendFirstMessageAsync();
        var texts = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            _agent.Time.Advance(_agent.FollowUpOptions.After);
            var call = await TickAsync();
            Assert.NotNull(call);
            var send = await DraftFollowUpAsync(call.Envelope.FollowUps!.CandidateIds);
            texts.Add(send.Inputs[StepValueNames.Text]);
            await _agent.RunAsync(_agent.Send, _agent.Command(PlanActions.SendMessage, send.Inputs));
        }

        Assert.Empty(_agent.State.FollowUps);
        _agent.Time.Advance(TimeSpan.FromDays(10));
        Assert.Null(await TickAsync());
        var third = await _agent.RunAsync(_agent.FollowUp, _agent.Command(PlanActions.FollowUp, new Dictionary<string, string>()));
        Assert.Empty(third.FollowUps ?? []);
        var thread = (await _agent.LedgerAsync()).Index.Thread(first.ThreadId);
        Assert.Equal([ContactKind.FirstOutreach, ContactKind.FollowUp, ContactKind.FollowUp], thread.Select(m => m.Kind));
        Assert.Contains("won't follow up again", texts[1], StringComparison.Ordinal);
        Assert.DoesNotContain("won't follow up again", texts[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task FromChatEveryThreadWithoutAReplyGetsAFollowUpNowAndNoOneElse()
    {
        await _agent.InPipelineAsync((Candidates.Engineer, 0.9), (Candidates.SalesRep, 0.5), (Candidates.Nurse, 0.4));
        var maria = await SendFirstMessageAsync(Candidates.Engineer.Id);
        var james = await SendFirstMessageAsync(Candidates.SalesRep.Id);
        await ReplyAsync(james, "Sounds great, let's talk.", ReplyKind.Interested);

        var outcome = await _agent.RunAsync(_agent.FollowUp, _agent.Command(PlanActions.FollowUp, new Dictionary<string, string>()));

        var send = Assert.Single(outcome.FollowUps!);
        Assert.Equal(maria.CandidateId, send.Inputs[StepValueNames.Candidates]);
        Assert.Equal(ContactKind.FollowUp, _agent.State.DraftFor(maria.CandidateId)!.Kind);
    }

    /// <summary>Drafts and sends the first message to the candidate (Maria unless named), as approved.</summary>
    private async Task<ContactMessage> SendFirstMessageAsync(string? candidateId = null)
    {
        candidateId ??= Maria;
        if (_agent.Project.Entry(candidateId) is null)
        {
            await _agent.InPipelineAsync((Candidates.Engineer, 0.9));
        }

        var drafted = await _agent.RunAsync(_agent.Draft, _agent.Command(PlanActions.DraftMessage, new Dictionary<string, string> { [StepValueNames.Candidates] = candidateId }));
        var send = Assert.Single(drafted.FollowUps!);
        await _agent.RunAsync(_agent.Send, _agent.Command(PlanActions.SendMessage, send.Inputs));
        return Assert.Single((await _agent.LedgerAsync()).Index.Thread(ContactIds.Thread(OutreachAgentHarness.ProjectId, candidateId)));
    }

    private async Task<PlanStep> DraftFollowUpAsync(IReadOnlyList<string>? candidates = null)
    {
        var inputs = new Dictionary<string, string> { [StepValueNames.Candidates] = string.Join(",", candidates ?? [Maria]) };
        var outcome = await _agent.RunAsync(_agent.FollowUp, _agent.Command(PlanActions.FollowUp, inputs));
        return Assert.Single(outcome.FollowUps!);
    }

    private async Task<Hiring.Agents.Outreach.FollowUps.FollowUpCall?> TickAsync() =>
        await _agent.Reminder.TakeDueAsync(OutreachAgentHarness.Tenant, await _agent.Project.Snapshot() with { ProjectId = OutreachAgentHarness.ProjectId }, _agent.State, _agent.Time.GetUtcNow());

    private async Task ReplyAsync(ContactMessage message, string text, ReplyKind kind)
    {
        var ledger = await _agent.LedgerAsync();
        await ledger.RecordReplyAsync(new CandidateReply(
            ContactIds.Reply(message.ThreadId, text), message.ThreadId, message.Id, message.CandidateId, message.ProjectId, text, kind, [], _agent.Time.GetUtcNow()));
    }
}
