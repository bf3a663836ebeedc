using Hiring.Agents.Supervisor;
using Hiring.Agents.Supervisor.State;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Tests.Supervisor;

public sealed class MailboxTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);
    private readonly SupervisorState _state = new();
    private readonly SupervisorOptions _options = new() { MaxInbox = 2, MaxMessageChars = 10, RememberedMessageIds = 3 };
    private readonly Mailbox _mailbox;

    public MailboxTests() => _mailbox = new Mailbox(_state, _options);

    [Fact]
    public void MessagesQueueInOrderWithIncreasingPositions()
    {
        var a = Post("a", "one");
        var b = Post("b", "two");

        Assert.Equal((1L, 2L), (a.InboxSequence, b.InboxSequence));
        Assert.Equal("one", _mailbox.Peek()!.Envelope.Text);
    }

    [Fact]
    public void ARepeatedIdIsAcceptedEvenWhenTheInboxIsFullBecauseItChangesNothing()
    {
        Post("a", "one");
        Post("b", "two");

        var (again, item) = _mailbox.Accept(new MessageEnvelope("a", "one"), Now.AddMinutes(1));

        Assert.True(again.Duplicate);
        Assert.Null(item);
        Assert.Equal(Now, again.AcceptedAt);
        Assert.Equal(2, _mailbox.Waiting);
    }

    [Fact]
    public void AProcessedMessageIsStillRecognisedAsARepeatAndMarkedProcessedInState()
    {
        var first = Post("a", "one");
        _mailbox.Remove(first.InboxSequence);

        Assert.True(_mailbox.Accept(new MessageEnvelope("a", "one"), Now).Ack.Duplicate);
        Assert.Equal(0, _mailbox.Waiting);
        Assert.Equal(1, _state.ProcessedThrough);
    }

    [Fact]
    public void OnlyTheMostRecentIdsAreRemembered()
    {
        foreach (var id in new[] { "a", "b", "c", "d" })
        {
            _mailbox.Remove(Post(id, "x").InboxSequence);
        }

        Assert.False(_mailbox.Accept(new MessageEnvelope("a", "x"), Now).Ack.Duplicate);
        foreach (var id in new[] { "b", "c", "d" })
        {
            Assert.True(_mailbox.Accept(new MessageEnvelope(id, "x"), Now).Ack.Duplicate);
        }
    }

    [Theory]
    [InlineData("", "text", RefusalCodes.Invalid)]
    [InlineData("id", "", RefusalCodes.Invalid)]
    [InlineData("id", "this is far too long", RefusalCodes.TooLarge)]
    public void BadMessagesAreRefusedAndLeaveTheInboxAlone(string id, string text, string code)
    {
        var refusal = Assert.Throws<AssistantRefusalException>(() => _mailbox.Accept(new MessageEnvelope(id, text), Now));

        Assert.Equal(code, refusal.Code);
        Assert.Equal(0, _mailbox.Waiting);
        Assert.Equal(1, Post("ok", "fine").InboxSequence);
    }

    [Fact]
    public void AFullInboxRefusesNewMessages()
    {
        Post("a", "one");
        Post("b", "two");

        Assert.Equal(RefusalCodes.InboxFull, Assert.Throws<AssistantRefusalException>(() => _mailbox.Accept(new MessageEnvelope("c", "three"), Now)).Code);
        Assert.Equal(2, _mailbox.Waiting);
    }

    [Fact]
    public void LoadedFromTheLogItKnowsEveryReceiptAndWaitsOnlyForUnprocessedMessages()
    {
        _state.ProcessedThrough = 1;
        var restored = new Mailbox(_state, _options);

        restored.Load([Item(1, "a"), Item(2, "b"), Item(2, "b")]);

        Assert.Equal(2, restored.Peek()!.Sequence);
        Assert.Equal(1, restored.Waiting);
        Assert.Equal((1L, true), restored.Accept(new MessageEnvelope("a", "one"), Now) is var (ack, _) ? (ack.InboxSequence, ack.Duplicate) : default);
        Assert.Equal(3, restored.Accept(new MessageEnvelope("c", "three"), Now).Ack.InboxSequence);
    }

    [Fact]
    public async Task OverlappingPostsEachGetTheirOwnSequenceAndWaitInTheOrderTheyWereAccepted()
    {
        var firstWrite = new TaskCompletionSource();
        var secondWrite = new TaskCompletionSource();
        var first = _mailbox.PostAsync(new MessageEnvelope("a", "one"), Now, (_, _) => firstWrite.Task);
        var second = _mailbox.PostAsync(new MessageEnvelope("b", "two"), Now, (_, _) => secondWrite.Task);

        // The later post's write commits first; the inbox still holds them in the order they came.
        secondWrite.SetResult();
        Assert.Equal(2, (await second).InboxSequence);
        firstWrite.SetResult();
        Assert.Equal(1, (await first).InboxSequence);
        Assert.Equal("one", _mailbox.Peek()!.Envelope.Text);
        Assert.Equal(2, _mailbox.Waiting);
    }

    [Fact]
    public async Task ARepeatOfAMessageStillBeingWrittenAnswersWithItsReceiptAndWritesNothing()
    {
        var write = new TaskCompletionSource();
        var writes = 0;
        var first = _mailbox.PostAsync(new MessageEnvelope("a", "one"), Now, (_, _) => { writes++; return write.Task; });
        var repeat = _mailbox.PostAsync(new MessageEnvelope("a", "one"), Now, (_, _) => { writes++; return Task.CompletedTask; });

        Assert.False(repeat.IsCompleted);
        write.SetResult();

        Assert.Equal((1L, false), ((await first).InboxSequence, (await first).Duplicate));
        Assert.Equal((1L, true), ((await repeat).InboxSequence, (await repeat).Duplicate));
        Assert.Equal(1, writes);
        Assert.Equal(1, _mailbox.Waiting);
    }

    [Fact]
    public async Task AFailedWriteQueuesNothingAndFreesItsPlaceInTheInbox()
    {
        var pending = _mailbox.PostAsync(new MessageEnvelope("a", "one"), Now, (_, _) => new TaskCompletionSource().Task);
        await Assert.ThrowsAsync<IOException>(() => _mailbox.PostAsync(new MessageEnvelope("b", "two"), Now, (_, _) => Task.FromException(new IOException("disk full"))));

        // The one being written counts against the bound; the failed one does not.
        var third = await _mailbox.PostAsync(new MessageEnvelope("c", "three"), Now, (_, _) => Task.CompletedTask);
        Assert.Equal(RefusalCodes.InboxFull, (await Assert.ThrowsAsync<AssistantRefusalException>(() => _mailbox.PostAsync(new MessageEnvelope("d", "four"), Now, (_, _) => Task.CompletedTask))).Code);
        Assert.Equal(3, third.InboxSequence);
        Assert.Equal(1, _mailbox.Waiting);
        Assert.False(pending.IsCompleted);
    }

    private static InboxItem Item(long sequence, string id) => new(sequence, new MessageEnvelope(id, "text"), Now);

    private PostAck Post(string id, string text)
    {
        var (ack, item) = _mailbox.Accept(new MessageEnvelope(id, text), Now);
        _mailbox.Record(item!);
        return ack;
    }
}
