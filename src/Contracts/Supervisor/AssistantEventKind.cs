namespace Hiring.Contracts.Supervisor;

/// <summary>What an <see cref="AssistantEvent"/> reports.</summary>
[GenerateSerializer, Alias("hiring.supervisor.event-kind")]
public enum AssistantEventKind
{
    /// <summary>A recruiter message was accepted into the inbox.</summary>
    MessageReceived = 0,

    /// <summary>A plan was made for a message (payload: the plan).</summary>
    PlanCreated = 1,

    /// <summary>A step started.</summary>
    StepStarted = 2,

    /// <summary>A step finished (payload: its result).</summary>
    StepCompleted = 3,

    /// <summary>A step failed and will be retried after a backoff.</summary>
    StepRetrying = 4,

    /// <summary>A step failed for good.</summary>
    StepFailed = 5,

    /// <summary>A step waits for the recruiter's approval (payload: the approval).</summary>
    ApprovalRequested = 6,

    /// <summary>The recruiter decided an approval.</summary>
    ApprovalDecided = 7,

    /// <summary>A step was skipped (its approval was rejected).</summary>
    StepSkipped = 8,

    /// <summary>The plan was replaced by a new one after a failure.</summary>
    PlanReplanned = 9,

    /// <summary>Every step of the plan is done.</summary>
    PlanCompleted = 10,

    /// <summary>The plan stopped; the text says why.</summary>
    PlanFailed = 11,

    /// <summary>A chunk of the assistant's streamed reply.</summary>
    TextChunk = 12,

    /// <summary>The assistant's complete reply to the recruiter.</summary>
    Reply = 13,

    /// <summary>The model was unavailable or unusable and the built-in engine answered instead.</summary>
    Degraded = 14,

    /// <summary>The approval policy changed.</summary>
    PolicyChanged = 15,

    /// <summary>The recruiter changed a project's pipeline (moved a candidate, added a note); the payload names the project and the candidate.</summary>
    PipelineChanged = 16,

    /// <summary>A candidate replied and the reply was classified (payload: the reply). Nothing moves by itself.</summary>
    CandidateReplied = 17,

    /// <summary>A candidate's question was answered with a quote from the approved FAQ (payload: the reply and answer).</summary>
    CandidateQuestionAnswered = 18,

    /// <summary>The FAQ does not cover a candidate's question: nothing was invented, the recruiter answers.</summary>
    CandidateQuestionForRecruiter = 19,

    /// <summary>A candidate unsubscribed; nothing more is sent to them on any channel.</summary>
    CandidateUnsubscribed = 20,

    /// <summary>The recruiter took over a candidate's conversation: the assistant answers nothing there until it is handed back.</summary>
    ConversationTakenOver = 21,

    /// <summary>The recruiter handed a candidate's conversation back: the assistant answers questions from the FAQ there again.</summary>
    ConversationHandedBack = 22,

    /// <summary>A candidate picked a screen slot (or moved their screen); the invitation went out (payload: the screen).</summary>
    CandidateScreenBooked = 23,

    /// <summary>A candidate cancelled their screen; the cancellation went out (payload: the screen).</summary>
    CandidateScreenCancelled = 24,

    /// <summary>The recruiter's screen availability changed, in the app or in chat (payload: the availability).</summary>
    AvailabilityChanged = 25,

    /// <summary>An applicant to a project was evaluated on arrival (payload: project, candidate, recommendation, score).</summary>
    ApplicantEvaluated = 26,

    /// <summary>An autopilot run of a project ended (payload: the run with its counts and digest, and the projectId).</summary>
    AutopilotRunFinished = 27,

    /// <summary>A project's autopilot was turned on, off or rescheduled (payload: the settings and the projectId).</summary>
    AutopilotChanged = 28,
}
