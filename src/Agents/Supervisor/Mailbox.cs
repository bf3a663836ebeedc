using Hiring.Agents.Supervisor.State;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Supervisor;

/// <summary>
/// The durable inbox's rules: validation, bounds, idempotency on the client's message id. It holds
/// the waiting messages and a bounded window of receipts in memory, loaded from the
/// <see cref="InboxLog"/> on activation; the state keeps only how far messages were processed.
/// </summary>
public sealed class Mailbox(SupervisorState state, SupervisorOptions options)
{
    private readonly List<InboxItem> _waiting = [];
    private readonly List<PostAck> _receipts = [];
    private readonly Dictionary<string, Task<PostAck>> _writing = new(StringComparer.Ordinal);
    // The highest sequence given to a message, accepted or read back from the log.
    private long _lastSequence = state.LastInboxSequence;
    private int _appending;

    /// <summary>Messages accepted and not yet processed.</summary>
    public int Waiting => _waiting.Count;

    /// <summary>How many recent messages to read back from the log: enough for every receipt and every waiting message.</summary>
    public int Window => Math.Max(options.RememberedMessageIds, options.MaxInbox);

    /// <summary>Restores the waiting messages and receipts from the log's most recent messages, oldest first.</summary>
    public void Load(IReadOnlyList<InboxItem> recent)
    {
        foreach (var item in recent)
        {
            Remember(item);
        }
    }

    /// <summary>
    /// Accepts a message and appends it to the log with <paramref name="append"/>, then queues it. Posts may overlap, so
    /// one recruiter's messages written at once share a group commit: each has its own sequence from the start, and a
    /// repeat of a message still being written answers with its receipt once it is written (or with its failure). A
    /// failed append leaves its sequence unused and nothing queued.
    /// </summary>
    public async Task<PostAck> PostAsync(MessageEnvelope envelope, DateTimeOffset now, Func<InboxItem, PostAck, Task> append)
    {
        if (envelope.ClientMessageId is { } id && _writing.TryGetValue(id, out var first))
        {
            return (await first) with { Duplicate = true };
        }

        var (ack, item) = Accept(envelope, now);
        if (item is null)
        {
            return ack;
        }

        var writing = AppendAsync(item, ack, append);
        if (!writing.IsCompleted)
        {
            _writing[ack.ClientMessageId] = writing;
        }

        return await writing;
    }

    private async Task<PostAck> AppendAsync(InboxItem item, PostAck ack, Func<InboxItem, PostAck, Task> append)
    {
        try
        {
            await append(item, ack);
        }
        catch
        {
            _appending--;
            throw;
        }
        finally
        {
            _writing.Remove(ack.ClientMessageId);
        }

        Record(item);
        return ack;
    }

    /// <summary>
    /// Returns the first receipt for a known id, or a new message, with the next sequence reserved for it, to append to
    /// the log and then <see cref="Record"/>. Refuses invalid, oversized and over-quota messages with <see cref="AssistantRefusalException"/>.
    /// </summary>
    public (PostAck Ack, InboxItem? New) Accept(MessageEnvelope envelope, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(envelope.ClientMessageId) || envelope.ClientMessageId.Length > options.MaxClientMessageIdChars)
        {
            throw new AssistantRefusalException(RefusalCodes.Invalid, $"A message needs a client message id of 1 to {options.MaxClientMessageIdChars} characters.");
        }

        var first = _receipts.Find(a => a.ClientMessageId == envelope.ClientMessageId);
        if (first is not null)
        {
            return (first with { Duplicate = true }, null);
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

        if (_waiting.Count + _appending >= options.MaxInbox)
        {
            throw new AssistantRefusalException(
                RefusalCodes.InboxFull,
                $"Your assistant already has {_waiting.Count + _appending} messages waiting; try again when it has caught up.");
        }

        _appending++;
        var item = new InboxItem(++_lastSequence, envelope, now);
        return (new PostAck(envelope.ClientMessageId, item.Sequence, now, Duplicate: false), item);
    }

    /// <summary>Queues a message accepted by <see cref="Accept"/> once the log holds it.</summary>
    public void Record(InboxItem item)
    {
        _appending--;
        Remember(item);
    }

    /// <summary>The oldest waiting message, without removing it.</summary>
    public InboxItem? Peek() => _waiting.Count > 0 ? _waiting[0] : null;

    /// <summary>Marks a message processed once its plan exists (the plan carries it from then on); the caller saves the state.</summary>
    public void Remove(long sequence)
    {
        _waiting.RemoveAll(i => i.Sequence == sequence);
        state.ProcessedThrough = Math.Max(state.ProcessedThrough, sequence);
    }

    /// <summary>
    /// Drops the waiting messages that match (those naming an erased person): the erasure redacts their
    /// log entries, so the inbox would not hold them after a restart either. Returns true when any did.
    /// </summary>
    public bool Drop(Predicate<InboxItem> match) => _waiting.RemoveAll(match) > 0;

    private void Remember(InboxItem item)
    {
        if (item.Sequence <= _lastSequence && _receipts.Exists(r => r.InboxSequence == item.Sequence))
        {
            return;
        }

        _lastSequence = Math.Max(_lastSequence, item.Sequence);
        _receipts.Add(new PostAck(item.Envelope.ClientMessageId, item.Sequence, item.AcceptedAt, Duplicate: false));
        if (_receipts.Count > options.RememberedMessageIds)
        {
            _receipts.RemoveRange(0, _receipts.Count - options.RememberedMessageIds);
        }

        if (item.Sequence > state.ProcessedThrough)
        {
            // Overlapping posts may be written in any order; they wait in the order they were accepted.
            var at = _waiting.FindLastIndex(w => w.Sequence < item.Sequence) + 1;
            _waiting.Insert(at, item);
        }
    }
}
