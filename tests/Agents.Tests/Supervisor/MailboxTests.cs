using Hiring.Agents.Supervisor;
using Hiring.Agents.Supervisor.State;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Tests.Supervisor;

public sealed class MailboxTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);
    private readonly SupervisorState _state = new();
    private readonly SupervisorOptions _options = new() { MaxInbox = 2, MaxMessageChars = 10, RememberedMessageIds = 3 };

    private Mailbox Mailbox => new(_state, _options);

    [Fact]
    public void MessagesQueueInOrderWithIncreasingPositions()
    {
        var a = Mailbox.Accept(new MessageEnvelope("a", "one"), Now);
        var b = Mailbox.Accept(new MessageEnvelope("b", "two"), Now);

        Assert.Equal((1L, 2L), (a.InboxSequence, b.InboxSequence));
        Assert.Equal("one", Mailbox.Peek()!.Envelope.Text);
    }

    [Fact]
    public void ARepeatedIdIsAcceptedEvenWhenTheInboxIsFullBecauseItChangesNothing()
    {
        Mailbox.Accept(new MessageEnvelope("a", "one"), Now);
        Mailbox.Accept(new MessageEnvelope("b", "two"), Now);

        var again = Mailbox.Accept(new MessageEnvelope("a", "one"), Now.AddMinutes(1));

        Assert.True(again.Duplicate);
        Assert.Equal(Now, again.AcceptedAt);
        Assert.Equal(2, _state.Inbox.Count);
    }

    [Fact]
    public void AProcessedMessageIsStillRecognisedAsARepeat()
    {
        var first = Mailbox.Accept(new MessageEnvelope("a", "one"), Now);
        Mailbox.Remove(first.InboxSequence);

        Assert.True(Mailbox.Accept(new MessageEnvelope("a", "one"), Now).Duplicate);
        Assert.Empty(_state.Inbox);
    }

    [Fact]
    public void OnlyTheMostRecentIdsAreRemembered()
    {
        foreach (var id in new[] { "a", "b", "c", "d" })
        {
            Mailbox.Remove(Mailbox.Accept(new MessageEnvelope(id, "x"), Now).InboxSequence);
        }

        Assert.Equal(["b", "c", "d"], _state.RecentAcks.Select(a => a.ClientMessageId));
    }

    [Theory]
    [InlineData("", "text", RefusalCodes.Invalid)]
    [InlineData("id", "", RefusalCodes.Invalid)]
    [InlineData("id", "this is far too long", RefusalCodes.TooLarge)]
    public void BadMessagesAreRefusedAndLeaveTheInboxAlone(string id, string text, string code)
    {
        var refusal = Assert.Throws<AssistantRefusalException>(() => Mailbox.Accept(new MessageEnvelope(id, text), Now));

        Assert.Equal(code, refusal.Code);
        Assert.Empty(_state.Inbox);
        Assert.Equal(0, _state.LastInboxSequence);
    }

    [Fact]
    public void AFullInboxRefusesNewMessages()
    {
        Mailbox.Accept(new MessageEnvelope("a", "one"), Now);
        Mailbox.Accept(new MessageEnvelope("b", "two"), Now);

        Assert.Equal(RefusalCodes.InboxFull, Assert.Throws<AssistantRefusalException>(() => Mailbox.Accept(new MessageEnvelope("c", "three"), Now)).Code);
        Assert.Equal(2, _state.LastInboxSequence);
    }
}
