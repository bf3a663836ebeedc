using Hiring.Agents.Outreach.Channels;
using Hiring.Agents.Outreach.Contacts;
using Hiring.Agents.Tests.Outreach.Channels;
using Hiring.Agents.Tests.Talent;
using Hiring.Contracts.Outreach;
using Hiring.Storage;
using Hiring.Talent;
using Hiring.Talent.Store;
using Microsoft.Extensions.Options;

namespace Hiring.Agents.Tests.Outreach.Contacts;

/// <summary>The sender checks the ledger, records the message as queued, hands it to the channel and records the outcome.</summary>
public sealed class OutreachSenderTests : IDisposable
{
    private const string Tenant = "acme";
    private readonly ContactStore _store = new();
    private readonly ILogStore _log;
    private readonly LogCandidateInbox _inbox;
    private readonly ScriptedChannel _builtIn;
    private readonly SqliteProfileStore _profiles;

    public OutreachSenderTests()
    {
        _log = _store.Open();
        _inbox = new LogCandidateInbox(_log);
        _builtIn = new ScriptedChannel(new BuiltInChannel(_inbox, _store.Time));
        _profiles = new SqliteProfileStore(new ProfileStoreInitializer(_store.Database()));
    }

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task ASendIsRecordedQueuedThenDeliveredToTheCandidatesInbox()
    {
        await KnownAsync("cand-1");
        var (sender, ledger) = await SenderAsync();

        var result = await sender.SendAsync(Sends.First("k1"));

        Assert.Equal((OutreachSendOutcome.Sent, ContactStatus.Delivered), (result.Outcome, result.Status));
        Assert.Equal([ContactStatus.Queued, ContactStatus.Delivered], ledger.Index.History(result.Message!.Id).Select(c => c.Status));
        var inbox = Assert.Single(await _inbox.ReadThreadAsync(Tenant, result.Message.ThreadId));
        Assert.Equal((result.Message.Id, result.Message.Text), (inbox.MessageId, inbox.Text));
    }

    [Fact]
    public async Task ARetriedSendDeliversOnce()
    {
        await KnownAsync("cand-1");
        var (sender, _) = await SenderAsync();
        var first = await sender.SendAsync(Sends.First("k1"));

        var retry = await sender.SendAsync(Sends.First("k1"));
        var (afterRestart, _) = await SenderAsync(_store.Open());
        var retryAfterRestart = await afterRestart.SendAsync(Sends.First("k1"));

        Assert.Equal(OutreachSendOutcome.AlreadySent, retry.Outcome);
        Assert.Equal(OutreachSendOutcome.AlreadySent, retryAfterRestart.Outcome);
        Assert.Equal(first.Message, retryAfterRestart.Message);
        Assert.Equal(1, _builtIn.Calls);
        Assert.Single(await _inbox.ReadThreadAsync(Tenant, first.Message!.ThreadId));
    }

    [Fact]
    public async Task ARetryAfterACrashBetweenDeliveryAndItsRecordDoesNotDeliverAgain()
    {
        await KnownAsync("cand-1");
        var (crashing, _) = await SenderAsync(new CrashingLogStore(_store.Open(), ContactEntryTypes.Status));
        await Assert.ThrowsAsync<IOException>(() => crashing.SendAsync(Sends.First("k1")));

        var (restarted, ledger) = await SenderAsync(_store.Open());
        var retry = await restarted.SendAsync(Sends.First("k1"));

        Assert.Equal((OutreachSendOutcome.Sent, ContactStatus.Delivered), (retry.Outcome, retry.Status));
        Assert.Equal(2, _builtIn.Calls);
        Assert.Single(await _inbox.ReadThreadAsync(Tenant, retry.Message!.ThreadId));
        Assert.Equal([ContactStatus.Queued, ContactStatus.Delivered], ledger.Index.History(retry.Message.Id).Select(c => c.Status));
    }

    [Fact]
    public async Task ARetryAfterACrashBeforeDeliveryDeliversOnce()
    {
        await KnownAsync("cand-1");
        var (stopping, before) = await SenderAsync();
        _builtIn.ThenStop();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => stopping.SendAsync(Sends.First("k1")));
        var queued = before.Index.ByKey("k1")!;

        var (restarted, _) = await SenderAsync(_store.Open());
        var retry = await restarted.SendAsync(Sends.First("k1"));

        Assert.Equal(ContactStatus.Queued, before.Index.StatusOf(queued.Id));
        Assert.Equal((OutreachSendOutcome.Sent, queued), (retry.Outcome, retry.Message));
        Assert.Single(await _inbox.ReadThreadAsync(Tenant, queued.ThreadId));
    }

    [Fact]
    public async Task AFailedDeliveryIsRecordedWithItsReasonAndARetrySendsIt()
    {
        await KnownAsync("cand-1");
        var (sender, ledger) = await SenderAsync();
        _builtIn.ThenFail("inbox offline");

        var failed = await sender.SendAsync(Sends.First("k1"));
        var retry = await sender.SendAsync(Sends.First("k1"));

        Assert.Equal((OutreachSendOutcome.Failed, "inbox offline"), (failed.Outcome, failed.FailureReason));
        Assert.Equal(OutreachSendOutcome.Sent, retry.Outcome);
        Assert.Equal(
            [(ContactStatus.Queued, null), (ContactStatus.Failed, "inbox offline"), (ContactStatus.Delivered, null)],
            ledger.Index.History(retry.Message!.Id).Select(c => (c.Status, c.Reason)));
    }

    [Fact]
    public async Task DuplicateDoNotContactAndUnsubscribedSendsAreRefusedWithoutTouchingTheChannel()
    {
        await KnownAsync("cand-1", "cand-2", "cand-3");
        var (sender, ledger) = await SenderAsync();
        await sender.SendAsync(Sends.First("k1"));
        await ledger.AddDoNotContactAsync("cand-2", "asked not to be contacted", "acme/ana");
        await ledger.RecordUnsubscribeAsync("cand-3", OutreachChannelNames.BuiltIn);

        var duplicate = await sender.SendAsync(Sends.First("k2", text: "Another first note."));
        var blocked = await sender.SendAsync(Sends.First("k3", candidate: "cand-2"));
        var unsubscribed = await sender.SendAsync(Sends.First("k4", candidate: "cand-3"));

        Assert.Equal(
            [ContactRefusalReason.AlreadyContacted, ContactRefusalReason.DoNotContact, ContactRefusalReason.Unsubscribed],
            new[] { duplicate, blocked, unsubscribed }.Select(r => r.Refusal?.Reason));
        Assert.All(new[] { duplicate, blocked, unsubscribed }, r => Assert.Equal(OutreachSendOutcome.Refused, r.Outcome));
        Assert.Equal(1, _builtIn.Calls);
    }

    [Fact]
    public async Task AnUnsubscribeRecordedAfterACrashStopsTheRetry()
    {
        await KnownAsync("cand-1");
        var (sender, ledger) = await SenderAsync();
        _builtIn.ThenStop();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sender.SendAsync(Sends.First("k1")));

        await ledger.RecordUnsubscribeAsync("cand-1", OutreachChannelNames.BuiltIn);
        var retry = await sender.SendAsync(Sends.First("k1"));

        Assert.Equal(ContactRefusalReason.Unsubscribed, retry.Refusal?.Reason);
        Assert.Equal(1, _builtIn.Calls);
    }

    [Fact]
    public async Task AnUnknownCandidateOrChannelIsRefusedBeforeAnythingIsRecorded()
    {
        var (sender, ledger) = await SenderAsync();

        var unknownCandidate = await sender.SendAsync(Sends.First("k1", candidate: "nobody"));
        var unknownChannel = await sender.SendAsync(Sends.First("k2", channel: "carrier-pigeon"));

        Assert.Equal(ContactRefusalReason.UnknownCandidate, unknownCandidate.Refusal?.Reason);
        Assert.Equal(ContactRefusalReason.UnknownChannel, unknownChannel.Refusal?.Reason);
        Assert.Equal(0, ledger.Index.LastSequence);
    }

    [Fact]
    public async Task AnEmailToACandidateWithoutAnAddressIsRefused()
    {
        await _profiles.UpsertAsync(TalentPoolScope.Private(Tenant), [SampleProfiles.Person("no-mail") with { Email = "" }]);
        var smtp = new SmtpChannel(Options.Create(new SmtpOptions { Host = "127.0.0.1", Port = 9, From = "jobs@acme.example" }));
        var (sender, ledger) = await SenderAsync(channel: smtp);

        var result = await sender.SendAsync(Sends.First("k1", candidate: "no-mail", channel: OutreachChannelNames.Smtp));

        Assert.Equal(ContactRefusalReason.NoAddress, result.Refusal?.Reason);
        Assert.Equal(0, ledger.Index.LastSequence);
    }

    private Task<UpsertCounts> KnownAsync(params string[] candidates) =>
        _profiles.UpsertAsync(TalentPoolScope.Private(Tenant), [.. candidates.Select(id => SampleProfiles.Person(id) with { Email = $"{id}@example.com" })]);

    private async Task<(OutreachSender Sender, ContactLedger Ledger)> SenderAsync(ILogStore? log = null, IOutreachChannel? channel = null)
    {
        var ledger = await ContactLedger.LoadAsync(Tenant, log ?? _log, _store.Time);
        return (new OutreachSender(ledger, [channel ?? _builtIn], new ProfileAddressBook(_profiles), TestLinks.Signer(_store.Time)), ledger);
    }
}
