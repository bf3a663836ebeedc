namespace Hiring.Agents.Outreach.Channels;

/// <summary>
/// The candidate's side of the built-in channel: the messages of each thread, which the gateway's
/// candidate page reads once a signed link names the tenant and thread.
/// </summary>
public interface ICandidateInbox
{
    /// <summary>Puts the message in the thread, once: a message id already there is left as it is. Returns the stored message.</summary>
    Task<CandidateInboxMessage> DeliverAsync(string tenant, CandidateInboxMessage message, CancellationToken cancellationToken = default);

    /// <summary>The thread's messages, oldest first (none for a thread never written to).</summary>
    Task<IReadOnlyList<CandidateInboxMessage>> ReadThreadAsync(string tenant, string threadId, CancellationToken cancellationToken = default);
}
