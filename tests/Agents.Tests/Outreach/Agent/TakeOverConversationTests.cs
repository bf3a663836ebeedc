using Hiring.Agents.Outreach;
using Hiring.Agents.Outreach.Contacts;
using Hiring.Agents.Outreach.Conversations;
using Hiring.Agents.Tests.Outreach.Contacts;
using Hiring.Agents.Tests.Outreach.Drafting.Support;
using Hiring.Agents.Tests.Policy;
using Hiring.Contracts.Outreach;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Tests.Outreach.Agent;

/// <summary>take-over-conversation from chat: "her" is the candidate who wrote last; taking over and handing back are told in the recruiter's stream.</summary>
public sealed class TakeOverConversationTests : IDisposable
{
    private readonly OutreachAgentHarness _agent = new(Jobs.Backend, Jobs.BackendQualifications);
    private readonly List<(string Recruiter, CandidateNotice Notice)> _told = [];
    private readonly TakeOverConversationStep _step;

    public TakeOverConversationTests()
    {
        var phrases = ConversationPhrases.Load(PolicyResources.Prompts);
        var desk = new ConversationDesk(_agent.Ledgers, new ProfileAddressBook(_agent.Profiles), phrases, TimeProvider.System);
        _step = new TakeOverConversationStep(new OutreachRecipients(_agent.Profiles, OutreachAgentHarness.Phrases), desk, _agent.Ledgers, phrases, new CollectingNotices(_told));
    }

    public void Dispose() => _agent.Dispose();

    [Fact]
    public async Task LetMeTakeOverTheConversationWithHerTakesOverTheThreadOfWhoWroteLastAndHandingBackReturnsIt()
    {
        await _agent.InPipelineAsync((Candidates.Engineer, 0.9), (Candidates.Analyst, 0.4));
        await RepliedAsync(Candidates.Analyst.Id, "k0", DateTimeOffset.UnixEpoch);
        await RepliedAsync(Candidates.Engineer.Id, "k1", DateTimeOffset.UnixEpoch.AddHours(1));
        var thread = ContactIds.Thread(OutreachAgentHarness.ProjectId, Candidates.Engineer.Id);

        var taken = await _agent.RunAsync(_step, _agent.Command(PlanActions.TakeOverConversation, new Dictionary<string, string> { [StepValueNames.Request] = "let me take over the conversation with her" }));
        var takenOver = (await _agent.LedgerAsync()).Index.TakenOver(thread);
        var back = await _agent.RunAsync(_step, _agent.Command(PlanActions.TakeOverConversation, new Dictionary<string, string> { [StepValueNames.Request] = "hand it back to the assistant", [StepValueNames.Candidate] = "Maria" }));

        Assert.NotNull(takenOver);
        Assert.Null((await _agent.LedgerAsync()).Index.TakenOver(thread));
        Assert.Null((await _agent.LedgerAsync()).Index.TakenOver(ContactIds.Thread(OutreachAgentHarness.ProjectId, Candidates.Analyst.Id)));
        Assert.Contains("You took over the conversation with Maria Lopez", taken.Summary, StringComparison.Ordinal);
        Assert.Contains("handed the conversation with Maria Lopez", back.Summary, StringComparison.Ordinal);
        Assert.Equal([AssistantEventKind.ConversationTakenOver, AssistantEventKind.ConversationHandedBack], _told.Select(t => t.Notice.Kind));
        Assert.All(_told, t => Assert.Equal(OutreachAgentHarness.Recruiter, t.Recruiter));
    }

    [Fact]
    public async Task HerWithNoConversationInTheProjectAsksWhoseAndTakesNothingOver()
    {
        await _agent.InPipelineAsync((Candidates.Engineer, 0.9));

        var outcome = await _agent.RunAsync(_step, _agent.Command(PlanActions.TakeOverConversation, new Dictionary<string, string> { [StepValueNames.Request] = "let me take over the conversation with her" }));

        Assert.Contains("Whose conversation", outcome.Question, StringComparison.Ordinal);
        Assert.Empty(_told);
    }

    private async Task RepliedAsync(string candidateId, string key, DateTimeOffset at)
    {
        _agent.Project.Put(candidateId, PipelineStage.Contacted);
        var ledger = await _agent.LedgerAsync();
        var sent = (await _agent.Ledgers.SenderFor(ledger).SendAsync(Sends.First(key, candidateId, OutreachAgentHarness.ProjectId))).Message!;
        await ledger.RecordReplyAsync(new CandidateReply($"r-{key}", sent.ThreadId, sent.Id, candidateId, OutreachAgentHarness.ProjectId, "Is it remote?", ReplyKind.Question, [], at));
    }

    private sealed class CollectingNotices(List<(string Recruiter, CandidateNotice Notice)> told) : IRecruiterNotices
    {
        public Task TellAsync(string recruiter, IReadOnlyList<CandidateNotice> notices)
        {
            told.AddRange(notices.Select(n => (recruiter, n)));
            return Task.CompletedTask;
        }
    }
}
