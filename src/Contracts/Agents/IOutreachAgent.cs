using Hiring.Contracts.Outreach;

namespace Hiring.Contracts.Agents;

/// <summary>Drafts and sends messages, follow-ups, FAQ replies and screen scheduling (key: tenant/project).</summary>
[Alias("hiring.agents.outreach")]
public interface IOutreachAgent : ISubAgent
{
    /// <summary>
    /// Records a candidate's reply to a message of this project in the tenant's contact ledger,
    /// classifies it, answers a question only from the approved FAQ and tells the recruiter. A form
    /// token seen before returns the reply recorded then and does nothing else. Refuses
    /// (<see cref="Supervisor.AssistantRefusalException"/>) a message that is not this project's or
    /// an empty or oversized text.
    /// </summary>
    Task<CandidateReply> ReceiveReply(CandidateReplyInput reply);

    /// <summary>Records the unsubscribe of the candidate the message went to, at once, and tells the recruiter. Unsubscribing twice changes nothing.</summary>
    Task Unsubscribe(string threadId, string messageId);

    /// <summary>
    /// The recruiter takes over (<paramref name="takeOver"/> true) or hands back the conversation with a
    /// candidate of this project's pipeline: while taken over, the assistant answers nothing in it and
    /// every question goes to the recruiter. Each change is told in the recruiter's stream; asking for
    /// the state it is already in changes nothing. Refuses (NOT_FOUND) a candidate not in the pipeline.
    /// </summary>
    Task<ConversationControl> TakeOver(string candidateId, bool takeOver, string recruiter);
}
