using Hiring.Agents.Evaluation;
using Hiring.Agents.Outreach.Channels;
using Hiring.Agents.Outreach.Contacts;
using Hiring.Agents.Tests.Outreach.Drafting.Support;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Outreach;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;

namespace Hiring.Agents.Tests.Outreach.Agent;

/// <summary>draft-message and send-message on a project in memory, with the real composer, checks, ledger and built-in channel.</summary>
public sealed class OutreachAgentTests : IDisposable
{
    private const string Fabricated = "Ran the hospital's ECMO programme for five years.";
    private readonly OutreachAgentHarness _agent = new(Jobs.Backend, Jobs.BackendQualifications);

    public void Dispose() => _agent.Dispose();

    [Fact]
    public async Task ADraftForTheTopCandidateCitesATrueFactOfTheirProfileAndWaitsForTheSendApproval()
    {
        await _agent.InPipelineAsync((Candidates.Engineer, 0.9), (Candidates.Analyst, 0.4));

        var outcome = await DraftAsync(new() { [StepValueNames.Request] = "draft a message to the top 1", [StepValueNames.Count] = "1" });

        var send = Assert.Single(outcome.FollowUps!);
        Assert.Equal((AgentKind.Outreach, PlanActions.SendMessage, true, ApprovalAction.Send), (send.Agent, send.Action, send.NeedsApproval, send.Approval));
        Assert.Contains("Maria Lopez", send.Summary, StringComparison.Ordinal);
        Assert.Equal(Candidates.Engineer.Id, send.Inputs[StepValueNames.Candidates]);
        var kept = Assert.Single(_agent.State.Drafts);
        Assert.Equal(kept.Text, send.Inputs[StepValueNames.Text]);
        Assert.Equal(kept.Subject, send.Inputs[StepValueNames.Subject]);
        Assert.Contains(kept.Facts, f => QuoteCheck.AppearsIn(Candidates.Engineer, f.Text) && send.Inputs[StepValueNames.Text].Contains(f.Text, StringComparison.Ordinal));
        Assert.Equal(Candidates.Engineer.Id, outcome.Outputs[StepValueNames.Drafted]);
    }

    [Fact]
    public async Task ARequestThatNamesNoOneAsksWhoToWriteTo()
    {
        await _agent.InPipelineAsync((Candidates.Engineer, 0.9));

        var outcome = await DraftAsync(new() { [StepValueNames.Request] = "draft a message" });

        Assert.NotNull(outcome.Question);
        Assert.Contains("Who should I write to", outcome.Question, StringComparison.Ordinal);
        Assert.Empty(outcome.FollowUps ?? []);
        Assert.Empty(_agent.State.Drafts);
    }

    [Fact]
    public async Task AnEditedSendQuotingWhatTheProfileDoesNotSayIsRefusedWithTheReasonAndNothingIsSent()
    {
        var send = await DraftForMariaAsync();
        var edited = new Dictionary<string, string>(send.Inputs) { [StepValueNames.Text] = $"Hi Maria, your profile says \"{Fabricated}\" Would you like to talk?" };

        var outcome = await _agent.RunAsync(_agent.Send, _agent.Command(PlanActions.SendMessage, edited));

        Assert.Contains("Not sent to Maria Lopez", outcome.Summary, StringComparison.Ordinal);
        Assert.Contains(Fabricated, outcome.Summary, StringComparison.Ordinal);
        var again = Assert.Single(outcome.FollowUps!);
        Assert.Equal((PlanActions.SendMessage, ApprovalAction.Send), (again.Action, again.Approval));
        Assert.Equal(edited[StepValueNames.Text], again.Inputs[StepValueNames.Text]);
        Assert.Empty((await _agent.LedgerAsync()).Index.Thread(ContactIds.Thread(OutreachAgentHarness.ProjectId, Candidates.Engineer.Id)));
        Assert.Equal(PipelineStage.Shortlisted, _agent.Project.Entry(Candidates.Engineer.Id)!.Stage);
        Assert.Empty(await MessagesToAsync(Candidates.Engineer.Id));
    }

    [Fact]
    public async Task AnEditedSendPromisingWhatTheFaqDoesNotSayIsRefused()
    {
        var send = await DraftForMariaAsync();
        var edited = new Dictionary<string, string>(send.Inputs) { [StepValueNames.Text] = send.Inputs[StepValueNames.Text] + "\n\nYou'd also get generous equity." };

        var outcome = await _agent.RunAsync(_agent.Send, _agent.Command(PlanActions.SendMessage, edited));

        Assert.Contains("equity", outcome.Summary, StringComparison.Ordinal);
        Assert.Empty(await MessagesToAsync(Candidates.Engineer.Id));
    }

    [Fact]
    public async Task ARetriedSendDeliversOnce()
    {
        var send = await DraftForMariaAsync();
        var command = _agent.Command(PlanActions.SendMessage, send.Inputs, key: "acme/ana/m1/Outreach.send-message/retried");

        var first = await _agent.RunAsync(_agent.Send, command);
        var retry = await _agent.RunAsync(_agent.Send, command);

        Assert.Contains("Sent the message to Maria Lopez", first.Summary, StringComparison.Ordinal);
        Assert.Contains("had already gone out", retry.Summary, StringComparison.Ordinal);
        Assert.Equal(first.Outputs[StepValueNames.MessageId], retry.Outputs[StepValueNames.MessageId]);
        var delivered = Assert.Single(await MessagesToAsync(Candidates.Engineer.Id));
        Assert.Equal(send.Inputs[StepValueNames.Text], delivered.Text);
        Assert.Single(_agent.Project.Entry(Candidates.Engineer.Id)!.Moves, m => m.To == PipelineStage.Contacted);
    }

    [Fact]
    public async Task ASentMessageMovesTheCandidateToContactedBecauseTheRecruiterApprovedIt()
    {
        var send = await DraftForMariaAsync();

        await _agent.RunAsync(_agent.Send, _agent.Command(PlanActions.SendMessage, send.Inputs));

        var entry = _agent.Project.Entry(Candidates.Engineer.Id)!;
        Assert.Equal(PipelineStage.Contacted, entry.Stage);
        Assert.Equal((OutreachAgentHarness.Recruiter, "you approved a message"), (entry.Moves[^1].By, entry.Moves[^1].Why));
    }

    [Fact]
    public async Task ASendToADoNotContactCandidateIsRefusedAsTheStepsAnswer()
    {
        var send = await DraftForMariaAsync();
        await (await _agent.LedgerAsync()).AddDoNotContactAsync(Candidates.Engineer.Id, "asked us not to write", OutreachAgentHarness.Recruiter);

        var outcome = await _agent.RunAsync(_agent.Send, _agent.Command(PlanActions.SendMessage, send.Inputs));

        Assert.Contains("Not sent to Maria Lopez", outcome.Summary, StringComparison.Ordinal);
        Assert.Contains("do-not-contact", outcome.Summary, StringComparison.Ordinal);
        Assert.False(outcome.Outputs.ContainsKey(StepValueNames.MessageId));
        Assert.Empty(await MessagesToAsync(Candidates.Engineer.Id));
        Assert.Equal(PipelineStage.Shortlisted, _agent.Project.Entry(Candidates.Engineer.Id)!.Stage);
    }

    [Fact]
    public async Task ADoNotContactCandidateIsNotOfferedADraft()
    {
        await _agent.InPipelineAsync((Candidates.Engineer, 0.9), (Candidates.Analyst, 0.4));
        await (await _agent.LedgerAsync()).AddDoNotContactAsync(Candidates.Engineer.Id, "asked us not to write", OutreachAgentHarness.Recruiter);

        var outcome = await DraftAsync(new() { [StepValueNames.Request] = "draft a message to the top 2", [StepValueNames.Count] = "2" });

        var send = Assert.Single(outcome.FollowUps!);
        Assert.Equal(Candidates.Analyst.Id, send.Inputs[StepValueNames.Candidates]);
        Assert.Contains("Not drafted for Maria Lopez", outcome.Summary, StringComparison.Ordinal);
    }

    private Task<StepOutcome> DraftAsync(Dictionary<string, string> inputs) =>
        _agent.RunAsync(_agent.Draft, _agent.Command(PlanActions.DraftMessage, inputs));

    private async Task<PlanStep> DraftForMariaAsync()
    {
        await _agent.InPipelineAsync((Candidates.Engineer, 0.9));
        var outcome = await DraftAsync(new() { [StepValueNames.Request] = "draft a message to Maria", [StepValueNames.Candidate] = "Maria" });
        return Assert.Single(outcome.FollowUps!);
    }

    private Task<IReadOnlyList<CandidateInboxMessage>> MessagesToAsync(string candidateId) =>
        _agent.Inbox.ReadThreadAsync(OutreachAgentHarness.Tenant, ContactIds.Thread(OutreachAgentHarness.ProjectId, candidateId));
}
