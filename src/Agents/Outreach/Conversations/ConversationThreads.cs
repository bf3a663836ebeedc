using Hiring.Agents.Outreach.Contacts;
using Hiring.Contracts.Outreach;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Outreach.Conversations;

/// <summary>
/// Reads a candidate's conversation about a project for the recruiter's card from the tenant's
/// contact ledger, the one record of what was sent, how each message was delivered, what the
/// candidate replied and who answers there: nothing else keeps a thread.
/// </summary>
public sealed class ConversationThreads(ContactLedgers ledgers)
{
    /// <summary>The thread of a candidate of the project's pipeline; refuses (NOT_FOUND) anyone else, as an unknown project reads.</summary>
    public async Task<OutreachThread> ReadAsync(string tenant, string projectId, ProjectSnapshot project, string candidateId, CancellationToken cancellationToken = default)
    {
        EnsureInPipeline(project, candidateId);
        var ledger = await ledgers.OpenAsync(tenant, cancellationToken);
        return Of(ledger.Index, projectId, candidateId);
    }

    /// <summary>The messages sent and the replies received in the thread, oldest first (a reply recorded at the same instant as its message comes after it).</summary>
    public static OutreachThread Of(ContactIndex index, string projectId, string candidateId)
    {
        var thread = ContactIds.Thread(projectId, candidateId);
        var sent = index.Thread(thread).Select(m => Sent(index, m));
        var received = index.Replies(thread).Select(r => new ThreadMessage(r.Id, ThreadDirection.In, r.Text, r.At, ReplyKind: r.Kind, Answers: [.. r.Answers.Select(a => a.Text)]));
        return new OutreachThread(projectId, candidateId, thread, [.. sent.Concat(received).OrderBy(m => m.At)], index.TakenOver(thread));
    }

    /// <summary>Refuses (NOT_FOUND) a candidate not in the project's pipeline, in the words an unknown project gets.</summary>
    public static void EnsureInPipeline(ProjectSnapshot project, string candidateId)
    {
        if (!project.Pipeline.Any(e => string.Equals(e.CandidateId, candidateId, StringComparison.Ordinal)))
        {
            throw new AssistantRefusalException(RefusalCodes.NotFound, "No such candidate in this project.");
        }
    }

    private static ThreadMessage Sent(ContactIndex index, ContactMessage message)
    {
        var status = index.StatusOf(message.Id);
        var change = index.History(message.Id).LastOrDefault(c => c.Status == status);
        return new ThreadMessage(message.Id, ThreadDirection.Out, message.Text, message.QueuedAt, message.Subject, message.Channel, status, change?.At ?? message.QueuedAt, change?.Reason);
    }
}
