using Hiring.Contracts.Outreach;
using Hiring.Contracts.Scheduling;

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

    /// <summary>
    /// The conversation with a candidate of this project's pipeline as the tenant's contact ledger holds
    /// it: each message sent with its delivery status, each reply with how it was read, and whether the
    /// recruiter has taken it over. Refuses (NOT_FOUND) a candidate not in the pipeline.
    /// </summary>
    Task<OutreachThread> Conversation(string candidateId);

    /// <summary>
    /// Hands the follow-ups due now to the project owner's assistant, as the follow-up reminder does
    /// (an autopilot run calls it so that nothing waits for the next tick); returns how many.
    /// </summary>
    Task<int> HandOverDueFollowUps();

    /// <summary>The project's screens, latest first.</summary>
    Task<IReadOnlyList<Screen>> Screens();

    /// <summary>
    /// The candidate of the thread picks one of the slots offered to them (a booked screen moves to
    /// it): the slot is booked, the invitation (or its update) goes out and the recruiter is told.
    /// Refuses (<see cref="Supervisor.AssistantRefusalException"/>) a slot not offered, a slot taken
    /// meanwhile (CONFLICT) and a cancelled screen; picking the booked slot again changes nothing.
    /// </summary>
    Task<Screen> PickScreenSlot(string threadId, string messageId, DateTimeOffset start);

    /// <summary>The recruiter moves a screen to another start: an updated invitation (same UID, higher SEQUENCE) goes out. Refuses a start in the past or one that overlaps another screen (CONFLICT).</summary>
    Task<Screen> MoveScreen(string screenId, DateTimeOffset start);

    /// <summary>
    /// Cancels a screen (by the candidate of the thread when <paramref name="threadId"/> is given, else
    /// by the recruiter): a cancellation (METHOD:CANCEL) goes out when one was booked. Cancelling twice changes nothing.
    /// </summary>
    Task<Screen> CancelScreen(string screenId, string? threadId);
}
