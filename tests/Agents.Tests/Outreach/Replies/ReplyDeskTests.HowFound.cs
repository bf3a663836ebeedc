using Hiring.Contracts.Outreach;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Tests.Outreach.Replies;

/// <summary>"How did you find me?" is not the FAQ's to answer: the owner's assistant is asked to draft the answer from the records.</summary>
public sealed partial class ReplyDeskTests
{
    [Fact]
    public async Task AskingHowWeFoundThemAsksTheOwnersAssistantForAnAnswerAndNotTheFaq()
    {
        var message = await SentAsync();

        var outcome = await _desk.ReceiveAsync(Tenant, ProjectId, _project, Reply(message, "Where did you get my details? Also, is it possible to work from home?"));

        Assert.Equal(ReplyKind.Question, outcome.Reply!.Kind);
        Assert.Equal([Faq[0].Answer], outcome.Reply.Answers.Select(a => a.Text));
        Assert.Equal([AssistantEventKind.CandidateReplied, AssistantEventKind.CandidateQuestionAnswered], outcome.Notices.Select(n => n.Kind));
        var call = outcome.Call!;
        Assert.Equal((ProjectId, Candidate), (call.ProjectId, call.HowFound!.CandidateId));
        Assert.True(call.FromAgent);
        Assert.Contains("Ada Lovelace asked how we found them", call.Text, StringComparison.Ordinal);
        Assert.Contains("Where did you get my details?", call.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADeclineThatAsksHowWeFoundThemIsStillOwedAnAnswer()
    {
        var message = await SentAsync();

        var outcome = await _desk.ReceiveAsync(Tenant, ProjectId, _project, Reply(message, "Not interested, thanks. How did you get my email though?"));

        Assert.Equal(ReplyKind.NotInterested, outcome.Reply!.Kind);
        Assert.Equal(Candidate, outcome.Call?.HowFound?.CandidateId);
    }

    [Fact]
    public async Task AnUnsubscribeThatAlsoAsksGetsNothingMoreAndATakenOverConversationLeavesItToTheRecruiter()
    {
        var message = await SentAsync();
        var unsubscribed = await _desk.ReceiveAsync(Tenant, ProjectId, _project, Reply(message, "How did you get my email? Remove me from your list."));
        _project.Put("cand-2", PipelineStage.Contacted);
        var other = await SentAsync("cand-2");
        await _conversations.SetAsync(Tenant, ProjectId, await _project.Snapshot(), "cand-2", takeOver: true, "acme/ana");

        var taken = await _desk.ReceiveAsync(Tenant, ProjectId, _project, Reply(other, "How did you find me?"));

        Assert.Equal(ReplyKind.Unsubscribe, unsubscribed.Reply!.Kind);
        Assert.Null(unsubscribed.Call);
        Assert.Null(taken.Call);
        Assert.Equal([AssistantEventKind.CandidateReplied, AssistantEventKind.CandidateQuestionForRecruiter], taken.Notices.Select(n => n.Kind));
    }

    [Fact]
    public async Task TheSameReplyPostedTwiceAsksOnce()
    {
        var message = await SentAsync();
        var reply = Reply(message, "How did you find me?");

        var first = await _desk.ReceiveAsync(Tenant, ProjectId, _project, reply);
        var again = await _desk.ReceiveAsync(Tenant, ProjectId, _project, reply);

        Assert.NotNull(first.Call);
        Assert.Null(again.Call);
    }
}
