using Hiring.Agents.Supervisor.State;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Supervisor;

/// <summary>The durable inbox's rules: validation, bounds, idempotency on the client's message id.</summary>
public sealed class Mailbox(SupervisorState state, SupervisorOptions options)
{
    /// <summary>
    /// Accepts the message into the inbox or returns the first receipt for a known id. Refuses
    /// invalid, oversized and over-quota messages with <see cref="AssistantRefusalException"/>.
    /// </summary>
    public PostAck Accept(MessageEnvelope envelope, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(envelope.ClientMessageId) || envelope.ClientMessageId.Length > options.MaxClientMessageIdChars)
        {
            throw new AssistantRefusalException(RefusalCodes.Invalid, $"A message needs a client message id of 1 to {options.MaxClientMessageIdChars} characters.");
        }

        var first = state.RecentAcks.Find(a => a.ClientMessageId == envelope.ClientMessageId);
        if (first is not null)
        {
            return first with { Duplicate = true };
        }

        if (string.IsNullOrWhiteSpace(envelope.Text))
        {
            throw new AssistantRefusalException(RefusalCodes.Invalid, "The message is empty.");
        }

        if (envelope.Text.Length > options.MaxMessageChars)
        {
            throw new AssistantRefusalException(
                RefusalCodes.TooLarge,
                $"The message has {envelope.Text.Length:N0} characters; the limit is {options.MaxMessageChars:N0}. Split it or attach it as a file.");
        }

        if (state.Inbox.Count >= options.MaxInbox)
        {
            throw new AssistantRefusalException(
                RefusalCodes.InboxFull,
                $"Your assistant already has {state.Inbox.Count} messages waiting; try again when it has caught up.");
        }

        var ack = new PostAck(envelope.ClientMessageId, ++state.LastInboxSequence, now, Duplicate: false);
        state.Inbox.Add(new InboxItem(ack.InboxSequence, envelope, now));
        state.RecentAcks.Add(ack);
        if (state.RecentAcks.Count > options.RememberedMessageIds)
        {
            state.RecentAcks.RemoveRange(0, state.RecentAcks.Count - options.RememberedMessageIds);
        }

        return ack;
    }

    /// <summary>The oldest waiting message, without removing it.</summary>
    public InboxItem? Peek() => state.Inbox.Count > 0 ? state.Inbox[0] : null;

    /// <summary>Removes a message once its plan exists (the plan carries it from then on).</summary>
    public void Remove(long sequence) => state.Inbox.RemoveAll(i => i.Sequence == sequence);
}
