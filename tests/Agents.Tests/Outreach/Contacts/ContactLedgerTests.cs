using Hiring.Agents.Outreach.Contacts;
using Hiring.Contracts.Outreach;

namespace Hiring.Agents.Tests.Outreach.Contacts;

/// <summary>The contact ledger decides every send from the tenant's append-only contact log.</summary>
public sealed class ContactLedgerTests : IDisposable
{
    private readonly ContactStore _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task ASecondFirstOutreachToTheSameCandidateForTheSameRoleIsRefused()
    {
        var ledger = await _store.LedgerAsync("acme");
        await SentAsync(ledger, Sends.First("k1"));

        var second = await ledger.QueueAsync(Sends.First("k2", text: "Hi again, a different note."));

        Assert.Equal(ContactRefusalReason.AlreadyContacted, second.Refusal?.Reason);
        Assert.Single(ledger.Index.Thread(ContactIds.Thread("backend", "cand-1")));
    }

    [Fact]
    public async Task AFirstOutreachForAnotherRoleOrAfterAFailedOneIsAllowed()
    {
        var ledger = await _store.LedgerAsync("acme");
        await SentAsync(ledger, Sends.First("k1"));
        var failed = await ledger.QueueAsync(Sends.First("k2", candidate: "cand-2"));
        await ledger.RecordStatusAsync(failed.Message!.Id, ContactStatus.Failed, "mailbox full");

        var otherRole = await ledger.QueueAsync(Sends.First("k3", project: "frontend"));
        var afterFailure = await ledger.QueueAsync(Sends.First("k4", candidate: "cand-2"));

        Assert.Null(otherRole.Refusal);
        Assert.Null(afterFailure.Refusal);
    }

    [Fact]
    public async Task AFailedFirstOutreachIsNotSentAgainOnceAnotherWasSent()
    {
        var ledger = await _store.LedgerAsync("acme");
        var failed = await ledger.QueueAsync(Sends.First("k1"));
        await ledger.RecordStatusAsync(failed.Message!.Id, ContactStatus.Failed, "mailbox full");
        await SentAsync(ledger, Sends.First("k2", text: "A second draft."));

        var retry = await ledger.QueueAsync(Sends.First("k1"));

        Assert.Equal(ContactRefusalReason.AlreadyContacted, retry.Refusal?.Reason);
    }

    [Fact]
    public async Task FollowUpsInTheThreadAreAllowedUpToTwo()
    {
        var ledger = await _store.LedgerAsync("acme");
        await SentAsync(ledger, Sends.First("k1"));
        await SentAsync(ledger, Sends.FollowUp("f1"));
        await SentAsync(ledger, Sends.FollowUp("f2"));

        var third = await ledger.QueueAsync(Sends.FollowUp("f3"));

        Assert.Equal(ContactRefusalReason.FollowUpLimitReached, third.Refusal?.Reason);
        Assert.Equal(3, ledger.Index.Thread(ContactIds.Thread("backend", "cand-1")).Count);
    }

    [Fact]
    public async Task AFollowUpWithoutASentFirstOutreachIsRefused()
    {
        var ledger = await _store.LedgerAsync("acme");
        var none = await ledger.QueueAsync(Sends.FollowUp("f1"));
        await ledger.QueueAsync(Sends.First("k1"));

        var onlyQueued = await ledger.QueueAsync(Sends.FollowUp("f2"));

        Assert.Equal(ContactRefusalReason.NoFirstOutreach, none.Refusal?.Reason);
        Assert.Equal(ContactRefusalReason.NoFirstOutreach, onlyQueued.Refusal?.Reason);
    }

    [Fact]
    public async Task FollowUpsStopOnAReply()
    {
        var ledger = await _store.LedgerAsync("acme");
        var first = await SentAsync(ledger, Sends.First("k1"));
        await ledger.RecordStatusAsync(first.Id, ContactStatus.Replied);
        await ledger.RecordStatusAsync(first.Id, ContactStatus.Delivered);

        var followUp = await ledger.QueueAsync(Sends.FollowUp("f1"));

        Assert.Equal(ContactRefusalReason.CandidateReplied, followUp.Refusal?.Reason);
        Assert.Equal(ContactStatus.Replied, ledger.Index.StatusOf(first.Id));
    }

    [Fact]
    public async Task ACandidateOnTheDoNotContactListIsRefusedOnEveryChannelAndRole()
    {
        var ledger = await _store.LedgerAsync("acme");
        await ledger.AddDoNotContactAsync("cand-1", "asked the recruiter by phone", "acme/ana");

        var builtIn = await ledger.QueueAsync(Sends.First("k1"));
        var email = await ledger.QueueAsync(Sends.First("k2", project: "frontend", channel: "smtp"));

        Assert.Equal(ContactRefusalReason.DoNotContact, builtIn.Refusal?.Reason);
        Assert.Equal(ContactRefusalReason.DoNotContact, email.Refusal?.Reason);
        Assert.Empty(ledger.Index.Thread(ContactIds.Thread("backend", "cand-1")));
    }

    [Fact]
    public async Task AnUnsubscribeIsHonouredAtOnceEvenByALedgerLoadedBeforeIt()
    {
        var outreach = await _store.LedgerAsync("acme");
        var candidatePage = await _store.LedgerAsync("acme");
        await SentAsync(outreach, Sends.First("k1"));

        await candidatePage.RecordUnsubscribeAsync("cand-1", "built-in");
        var followUp = await outreach.QueueAsync(Sends.FollowUp("f1"));
        var otherRole = await outreach.QueueAsync(Sends.First("k2", project: "frontend", channel: "smtp"));

        Assert.Equal(ContactRefusalReason.Unsubscribed, followUp.Refusal?.Reason);
        Assert.Equal(ContactRefusalReason.Unsubscribed, otherRole.Refusal?.Reason);
    }

    [Fact]
    public async Task TwoOwnersOfOneLedgerNeverBothQueueAFirstOutreach()
    {
        var one = await _store.LedgerAsync("acme");
        var other = await _store.LedgerAsync("acme");

        var decisions = await Task.WhenAll(one.QueueAsync(Sends.First("k1")), other.QueueAsync(Sends.First("k2", text: "Another draft.")));

        Assert.Single(decisions, d => d.Refusal is null);
        Assert.Single(decisions, d => d.Refusal?.Reason == ContactRefusalReason.AlreadyContacted);
    }

    [Fact]
    public async Task ARecordedKeyReturnsTheEarlierMessageAlsoAfterARestart()
    {
        var before = await _store.LedgerAsync("acme");
        var sent = await SentAsync(before, Sends.First("k1"));

        var after = await _store.LedgerAsync("acme");
        var again = await after.QueueAsync(Sends.First("k1"));

        Assert.True(again.StopsHere);
        Assert.Equal((sent, ContactStatus.Sent), (again.Message, again.Status));
        Assert.Equal([ContactStatus.Queued, ContactStatus.Sent], after.Index.History(sent.Id).Select(c => c.Status));
    }

    [Fact]
    public async Task AKeyReusedForOtherContentIsRefused()
    {
        var ledger = await _store.LedgerAsync("acme");
        await ledger.QueueAsync(Sends.First("k1"));

        var reused = await ledger.QueueAsync(Sends.First("k1", text: "A different text under the same key."));

        Assert.Equal(ContactRefusalReason.IdempotencyKeyReused, reused.Refusal?.Reason);
    }

    [Fact]
    public async Task OneTenantsLedgerNeverSeesAnothersEntries()
    {
        var acme = await _store.LedgerAsync("acme");
        await SentAsync(acme, Sends.First("k1"));
        await acme.AddDoNotContactAsync("cand-2", "former employee", "acme/ana");
        await acme.RecordUnsubscribeAsync("cand-3", "smtp");

        var globex = await _store.LedgerAsync("globex");
        var sameKey = await globex.QueueAsync(Sends.First("k1"));
        var blockedElsewhere = await globex.QueueAsync(Sends.First("k2", candidate: "cand-2"));
        var unsubscribedElsewhere = await globex.QueueAsync(Sends.First("k3", candidate: "cand-3"));

        Assert.False(sameKey.IsEarlier);
        Assert.Null(sameKey.Refusal);
        Assert.Null(blockedElsewhere.Refusal);
        Assert.Null(unsubscribedElsewhere.Refusal);
        Assert.Equal(3, globex.Index.LastSequence);
        Assert.Null(acme.Index.ByKey("k2"));
    }

    [Theory]
    [InlineData("", "cand-1", "Hi there.")]
    [InlineData("k1", "", "Hi there.")]
    [InlineData("k1", "cand-1", "")]
    [InlineData("k1", "cand-1", "   ")]
    public async Task AMessageWithoutKeyCandidateOrTextIsRefusedAsInvalid(string key, string candidate, string text)
    {
        var ledger = await _store.LedgerAsync("acme");

        var decision = await ledger.QueueAsync(Sends.First(key, candidate: candidate) with { Text = text });

        Assert.Equal(ContactRefusalReason.InvalidMessage, decision.Refusal?.Reason);
        Assert.Equal(0, ledger.Index.LastSequence);
    }

    [Fact]
    public async Task AHugeTextOrAMultiLineSubjectIsRefusedAsInvalid()
    {
        var ledger = await _store.LedgerAsync("acme");

        var huge = await ledger.QueueAsync(Sends.First("k1", text: new string('a', ContactLimits.MaxTextLength + 1)));
        var longest = await ledger.QueueAsync(Sends.First("k2", text: new string('a', ContactLimits.MaxTextLength)));
        var injected = await ledger.QueueAsync(Sends.First("k3", project: "frontend") with { Subject = "Hello\r\nBcc: everyone@example.com" });

        Assert.Equal(ContactRefusalReason.InvalidMessage, huge.Refusal?.Reason);
        Assert.Contains($"at most {ContactLimits.MaxTextLength}", huge.Refusal!.Detail, StringComparison.Ordinal);
        Assert.Null(longest.Refusal);
        Assert.Equal(ContactRefusalReason.InvalidMessage, injected.Refusal?.Reason);
    }

    private static async Task<ContactMessage> SentAsync(ContactLedger ledger, OutreachSend send)
    {
        var decision = await ledger.QueueAsync(send);
        Assert.Null(decision.Refusal);
        await ledger.RecordStatusAsync(decision.Message!.Id, ContactStatus.Sent);
        return decision.Message;
    }
}
