using Hiring.Agents.Outreach.Contacts;
using Hiring.Agents.Supervisor;
using Hiring.Contracts.Outreach;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Outreach.Conversations;

/// <summary>
/// Takes a candidate's conversation over for the recruiter, or hands it back, in the tenant's contact
/// ledger (so every project's reply desk honours it at once): while it is taken over, the
/// <see cref="Replies.ReplyDesk"/> answers nothing there and every question goes to the recruiter.
/// Each change is one notice for the recruiter's stream; asking for the state it is in changes nothing.
/// </summary>
public sealed class ConversationDesk(ContactLedgers ledgers, ICandidateAddressBook addresses, ConversationPhrases phrases, TimeProvider time)
{
    public async Task<ConversationOutcome> SetAsync(string tenant, string projectId, ProjectSnapshot project, string candidateId, bool takeOver, string recruiter, CancellationToken cancellationToken = default)
    {
        ConversationThreads.EnsureInPipeline(project, candidateId);
        var ledger = await ledgers.OpenAsync(tenant, cancellationToken);
        var thread = ContactIds.Thread(projectId, candidateId);
        var current = ledger.Index.TakenOver(thread);
        var name = (await addresses.FindAsync(tenant, candidateId, cancellationToken))?.Name is { Length: > 0 } known ? known : candidateId;
        var title = project.Spec?.Title ?? projectId;
        if ((current is not null) == takeOver)
        {
            var unchanged = current ?? new ConversationControl(thread, projectId, candidateId, false, recruiter, time.GetUtcNow());
            return new ConversationOutcome(unchanged, phrases.Say(takeOver ? "already_taken_over" : "already_handed_back", ("name", name), ("project", title)), []);
        }

        var control = new ConversationControl(thread, projectId, candidateId, takeOver, recruiter, time.GetUtcNow());
        await ledger.RecordControlAsync(control, cancellationToken);
        var text = phrases.Say(takeOver ? "taken_over" : "handed_back", ("name", name), ("project", title));
        var kind = takeOver ? AssistantEventKind.ConversationTakenOver : AssistantEventKind.ConversationHandedBack;
        return new ConversationOutcome(control, text, [new CandidateNotice(kind, projectId, candidateId, text, EventJson.Serialize(control))]);
    }
}
