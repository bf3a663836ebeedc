using Hiring.Agents.Outreach.Channels;
using Hiring.Agents.Outreach.Contacts;
using Hiring.Agents.Outreach.Conversations;
using Hiring.Agents.Outreach.Replies;
using Hiring.Agents.Tests.Outreach.Channels;
using Hiring.Agents.Tests.Outreach.Contacts;
using Hiring.Agents.Tests.Policy;
using Hiring.Agents.Tests.Reasoning.Support;
using Hiring.Agents.Tests.Sourcing;
using Hiring.Contracts.Outreach;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Tests.Outreach.Replies;

/// <summary>A candidate's reply is recorded once, read, answered only from the approved FAQ, and told to the recruiter.</summary>
public sealed partial class ReplyDeskTests : IDisposable
{
    private const string Tenant = "acme";
    private const string ProjectId = "backend";
    private const string Candidate = "cand-1";

    private static readonly FaqEntry[] Faq =
    [
        new("Can I work remotely?", "Yes: the team works remotely across Europe, with a week together each quarter."),
        new("What is the salary range?", "EUR 85,000 to 105,000, plus equity."),
    ];

    private readonly ContactStore _store = new();
    private readonly ContactLedgers _ledgers;
    private readonly ReplyDesk _desk;
    private readonly FakeProject _project;
    private readonly ConversationDesk _conversations;

    public ReplyDeskTests()
    {
        var log = _store.Open();
        var addresses = new StaticAddressBook(new CandidateContact(Candidate, "Ada Lovelace", "ada@example.com"), new CandidateContact("cand-2", "Grace Hopper", null));
        _ledgers = new ContactLedgers(log, _store.Time, [new BuiltInChannel(new LogCandidateInbox(log), _store.Time)], addresses, TestLinks.Signer(_store.Time));
        var rules = ReplyRules.Load(PolicyResources.Prompts);
        var conversations = ConversationPhrases.Load(PolicyResources.Prompts);
        _desk = new ReplyDesk(_ledgers, new ReplyClassifier(rules), TestResources.FaqAnswerer(), rules, conversations, addresses, _store.Time);
        _conversations = new ConversationDesk(_ledgers, addresses, conversations, _store.Time);
        _project = new FakeProject(new JobSpec("Backend Engineer", "backend engineer", "senior", ["Berlin"], RemotePolicy.Remote, EmploymentType.FullTime, "Builds the API.", Faq), []);
        _project.Put(Candidate, PipelineStage.Contacted);
    }

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task AQuestionTheFaqAnswersIsRecordedAndAnsweredInTheFaqsOwnWords()
    {
        var message = await SentAsync();

        var outcome = await _desk.ReceiveAsync(Tenant, ProjectId, _project, Reply(message, "Thanks! Is it possible to work from home?"));

        var answer = Assert.Single(outcome.Reply!.Answers);
        Assert.True(answer.Answered);
        Assert.Equal(Faq[0].Answer, answer.Text);
        Assert.Equal(ReplyKind.Question, outcome.Reply.Kind);
        Assert.Equal("t1/r1", outcome.Recruiter);
        Assert.Equal([AssistantEventKind.CandidateReplied, AssistantEventKind.CandidateQuestionAnswered], outcome.Notices.Select(n => n.Kind));
        Assert.Contains(Faq[0].Answer, outcome.Notices[1].Text, StringComparison.Ordinal);
        var ledger = await _ledgers.OpenAsync(Tenant);
        var recorded = Assert.Single(ledger.Index.Replies(message.ThreadId));
        Assert.Equal((outcome.Reply.Id, outcome.Reply.Kind, outcome.Reply.Text), (recorded.Id, recorded.Kind, recorded.Text));
        Assert.Equal(outcome.Reply.Answers, recorded.Answers);
        Assert.Equal(ContactStatus.Replied, ledger.Index.StatusOf(message.Id));
    }

    [Fact]
    public async Task AQuestionTheFaqDoesNotCoverGoesToTheRecruiterAndNothingIsInvented()
    {
        var message = await SentAsync();

        var outcome = await _desk.ReceiveAsync(Tenant, ProjectId, _project, Reply(message, "Do you sponsor visas for people moving from outside the EU?"));

        var answer = Assert.Single(outcome.Reply!.Answers);
        Assert.False(answer.Answered);
        Assert.DoesNotContain(Faq, f => answer.Text.Contains(f.Answer, StringComparison.Ordinal));
        Assert.Equal([AssistantEventKind.CandidateReplied, AssistantEventKind.CandidateQuestionForRecruiter], outcome.Notices.Select(n => n.Kind));
        Assert.Contains("sponsor visas", outcome.Notices[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoQuestionsAreEachAnsweredOrHandedOnTheirOwn()
    {
        var message = await SentAsync();

        var outcome = await _desk.ReceiveAsync(Tenant, ProjectId, _project, Reply(message, "What salary does this role offer? And is there parking at the office?"));

        Assert.Equal([true, false], outcome.Reply!.Answers.Select(a => a.Answered));
        Assert.Equal(
            [AssistantEventKind.CandidateReplied, AssistantEventKind.CandidateQuestionAnswered, AssistantEventKind.CandidateQuestionForRecruiter],
            outcome.Notices.Select(n => n.Kind));
    }

    [Fact]
    public async Task TheSameFormPostedTwiceIsRecordedOnceAndToldOnce()
    {
        var message = await SentAsync();
        var reply = Reply(message, "Sounds great, let's talk.");

        var first = await _desk.ReceiveAsync(Tenant, ProjectId, _project, reply);
        var again = await _desk.ReceiveAsync(Tenant, ProjectId, _project, reply);

        Assert.Equal(first.Reply!.Id, again.Reply!.Id);
        Assert.Empty(again.Notices);
        Assert.Single((await _ledgers.OpenAsync(Tenant)).Index.Replies(message.ThreadId));
    }

    [Fact]
    public async Task AnInterestedReplyShowsTheCandidateAsRepliedAndNoFurther()
    {
        var message = await SentAsync();

        var outcome = await _desk.ReceiveAsync(Tenant, ProjectId, _project, Reply(message, "Yes, I'd love to hear more!"));

        Assert.Equal(ReplyKind.Interested, outcome.Reply!.Kind);
        var notice = Assert.Single(outcome.Notices);
        Assert.Contains("They show as Replied now; whether they go on is your call.", notice.Text, StringComparison.Ordinal);
        Assert.Equal(PipelineStage.Replied, Assert.Single(_project.Pipeline).Stage);
    }

    [Fact]
    public async Task AnUnsubscribeReplyIsHonouredAtOnce()
    {
        var message = await SentAsync();

        var outcome = await _desk.ReceiveAsync(Tenant, ProjectId, _project, Reply(message, "Please take me off your list."));

        Assert.Equal(ReplyKind.Unsubscribe, outcome.Reply!.Kind);
        var ledger = await _ledgers.OpenAsync(Tenant);
        Assert.NotNull(ledger.Index.Unsubscribe(Candidate));
        var next = await _ledgers.SenderFor(ledger).SendAsync(Sends.First("k2", project: "frontend"));
        Assert.Equal(ContactRefusalReason.Unsubscribed, next.Refusal?.Reason);
    }

    [Fact]
    public async Task AReplyStopsFollowUps()
    {
        var message = await SentAsync();

        await _desk.ReceiveAsync(Tenant, ProjectId, _project, Reply(message, "Thanks for the message."));

        var ledger = await _ledgers.OpenAsync(Tenant);
        var followUp = await _ledgers.SenderFor(ledger).SendAsync(Sends.FollowUp("k1-f1", project: ProjectId));
        Assert.Equal(ContactRefusalReason.CandidateReplied, followUp.Refusal?.Reason);
    }

    [Fact]
    public async Task AnAwayMessageIsKeptButFollowUpsMayStillGoOut()
    {
        var message = await SentAsync();

        var outcome = await _desk.ReceiveAsync(Tenant, ProjectId, _project, Reply(message, "Automatic reply: I am out of the office until 5 January."));

        Assert.Equal(ReplyKind.OutOfOffice, outcome.Reply!.Kind);
        var ledger = await _ledgers.OpenAsync(Tenant);
        Assert.Equal(ContactStatus.Delivered, ledger.Index.StatusOf(message.Id));
        var followUp = await _ledgers.SenderFor(ledger).SendAsync(Sends.FollowUp("k1-f1", project: ProjectId));
        Assert.Equal(OutreachSendOutcome.Sent, followUp.Outcome);
    }

    [Fact]
    public async Task AReplyNamingAnotherProjectsMessageIsRefusedAndRecordsNothing()
    {
        var message = await SentAsync();

        await Assert.ThrowsAsync<AssistantRefusalException>(() => _desk.ReceiveAsync(Tenant, "frontend", _project, Reply(message, "Is it remote?")));
        await Assert.ThrowsAsync<AssistantRefusalException>(() => _desk.ReceiveAsync(Tenant, ProjectId, _project, Reply(message, "Is it remote?") with { ThreadId = "t-other" }));

        Assert.Empty((await _ledgers.OpenAsync(Tenant)).Index.Replies(message.ThreadId));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task AnEmptyOrOversizedReplyIsRefusedAndRecordsNothing(string text)
    {
        var message = await SentAsync();

        await Assert.ThrowsAsync<AssistantRefusalException>(() => _desk.ReceiveAsync(Tenant, ProjectId, _project, Reply(message, text)));
        var tooLong = await Assert.ThrowsAsync<AssistantRefusalException>(() => _desk.ReceiveAsync(Tenant, ProjectId, _project, Reply(message, new string('a', ContactLimits.MaxReplyLength + 1))));

        Assert.Equal(RefusalCodes.TooLarge, tooLong.Code);
        Assert.Empty((await _ledgers.OpenAsync(Tenant)).Index.Replies(message.ThreadId));
    }

    [Fact]
    public async Task TheUnsubscribeLinkIsRecordedOnceAndToldOnce()
    {
        var message = await SentAsync();

        var first = await _desk.UnsubscribeAsync(Tenant, ProjectId, _project, message.ThreadId, message.Id);
        var again = await _desk.UnsubscribeAsync(Tenant, ProjectId, _project, message.ThreadId, message.Id);

        Assert.Equal(AssistantEventKind.CandidateUnsubscribed, Assert.Single(first.Notices).Kind);
        Assert.Empty(again.Notices);
        Assert.NotNull((await _ledgers.OpenAsync(Tenant)).Index.Unsubscribe(Candidate));
    }

    private static CandidateReplyInput Reply(ContactMessage message, string text) => new(message.ThreadId, message.Id, "form-1", text);

    [Fact]
    public async Task InAConversationTheRecruiterTookOverAQuestionIsNotAnsweredAndGoesToTheRecruiter()
    {
        var message = await SentAsync();
        var taken = await _conversations.SetAsync(Tenant, ProjectId, await _project.Snapshot(), Candidate, takeOver: true, "acme/ana");

        var outcome = await _desk.ReceiveAsync(Tenant, ProjectId, _project, Reply(message, "Thanks! Is it possible to work from home?"));

        Assert.Equal([AssistantEventKind.ConversationTakenOver], taken.Notices.Select(n => n.Kind));
        Assert.Empty(outcome.Reply!.Answers);
        Assert.Equal(ReplyKind.Question, outcome.Reply.Kind);
        Assert.Equal([AssistantEventKind.CandidateReplied, AssistantEventKind.CandidateQuestionForRecruiter], outcome.Notices.Select(n => n.Kind));
        Assert.Contains("taken this conversation over", outcome.Notices[1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Faq[0].Answer, string.Join(" ", outcome.Notices.Select(n => n.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AConversationHandedBackIsAnsweredFromTheFaqAgain()
    {
        var message = await SentAsync();
        var snapshot = await _project.Snapshot();
        await _conversations.SetAsync(Tenant, ProjectId, snapshot, Candidate, takeOver: true, "acme/ana");
        var back = await _conversations.SetAsync(Tenant, ProjectId, snapshot, Candidate, takeOver: false, "acme/ana");

        var outcome = await _desk.ReceiveAsync(Tenant, ProjectId, _project, Reply(message, "Thanks! Is it possible to work from home?"));

        Assert.Equal([AssistantEventKind.ConversationHandedBack], back.Notices.Select(n => n.Kind));
        Assert.False(back.Control.TakenOver);
        Assert.Equal(Faq[0].Answer, Assert.Single(outcome.Reply!.Answers).Text);
    }

    [Fact]
    public async Task TakingOverTwiceTellsTheRecruiterOnceAndAnUnknownCandidateIsRefused()
    {
        var snapshot = await _project.Snapshot();
        var first = await _conversations.SetAsync(Tenant, ProjectId, snapshot, Candidate, takeOver: true, "acme/ana");
        var second = await _conversations.SetAsync(Tenant, ProjectId, snapshot, Candidate, takeOver: true, "acme/ana");

        var refused = await Assert.ThrowsAsync<AssistantRefusalException>(() => _conversations.SetAsync(Tenant, ProjectId, snapshot, "cand-elsewhere", takeOver: true, "acme/ana"));

        Assert.Single(first.Notices);
        Assert.Empty(second.Notices);
        Assert.True(second.Control.TakenOver);
        Assert.Equal(RefusalCodes.NotFound, refused.Code);
        Assert.Null((await _ledgers.OpenAsync(Tenant)).Index.TakenOver(ContactIds.Thread(ProjectId, "cand-elsewhere")));
    }

    private async Task<ContactMessage> SentAsync(string candidate = Candidate)
    {
        var ledger = await _ledgers.OpenAsync(Tenant);
        var sent = await _ledgers.SenderFor(ledger).SendAsync(Sends.First(candidate == Candidate ? "k1" : $"k-{candidate}", candidate, ProjectId));
        return sent.Message!;
    }
}
