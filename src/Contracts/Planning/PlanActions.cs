namespace Hiring.Contracts.Planning;

/// <summary>The action names a <see cref="PlanStep"/> may carry, per agent.</summary>
public static class PlanActions
{
    /// <summary>Supervisor: reply to the recruiter with the step's "text" input.</summary>
    public const string Reply = "reply";

    /// <summary>Supervisor: summarize what happened since the recruiter was last active.</summary>
    public const string OvernightDigest = "overnight-digest";

    /// <summary>Supervisor: say where the open project stands (its pipeline by stage, approvals waiting).</summary>
    public const string ProjectStatus = "project-status";

    /// <summary>Supervisor: explain a past decision from the event log and memory.</summary>
    public const string ExplainDecision = "explain-decision";

    /// <summary>Supervisor: set when the recruiter takes screens from their words (input "request"), or ask what it cannot read.</summary>
    public const string SetAvailability = "set-availability";

    /// <summary>Supervisor: decide pending approvals from the chat (inputs "approvals", their ids, and "verdict", approve or reject), or ask which (input "text", the question) when the message could mean several.</summary>
    public const string DecideApproval = "decide-approval";

    /// <summary>Intake: create a project (job spec and draft qualifications) from a request or job description.</summary>
    public const string CreateProject = "create-project";

    /// <summary>Intake: change a project's requirements (proposes qualification changes).</summary>
    public const string RefineRequirements = "refine-requirements";

    /// <summary>Intake: apply the recruiter's decision on proposed qualifications (approve, edit, remove).</summary>
    public const string ApplyQualifications = "apply-qualifications";

    /// <summary>Sourcing: show a small calibration batch across the spec's range for the recruiter's reactions.</summary>
    public const string Calibrate = "calibrate";

    /// <summary>Sourcing: measure precision and liquidity of the last search and tighten or broaden the next.</summary>
    public const string RefineSearch = "refine-search";

    /// <summary>Evaluation: move the best evaluated candidates to Shortlisted.</summary>
    public const string Shortlist = "shortlist";

    /// <summary>Sourcing: record the recruiter's reactions to candidates shown (input "feedback", the recruiter's words; or "candidate" and "verdict").</summary>
    public const string RecordFeedback = "record-feedback";

    /// <summary>Sourcing: run a search for candidates.</summary>
    public const string Search = "search";

    /// <summary>Sourcing: turn the project's autopilot on or off (input "enabled").</summary>
    public const string SetAutopilot = "set-autopilot";

    /// <summary>Evaluation: assess candidates against the approved qualifications.</summary>
    public const string EvaluateCandidates = "evaluate-candidates";

    /// <summary>Evaluation: show a candidate with the evidence per qualification.</summary>
    public const string ExplainAssessment = "explain-assessment";

    /// <summary>Outreach: draft a message to a candidate.</summary>
    public const string DraftMessage = "draft-message";

    /// <summary>Outreach: send an approved (possibly edited) draft to one candidate (inputs "candidates", "subject", "text").</summary>
    public const string SendMessage = "send-message";

    /// <summary>Outreach: draft follow-ups to the candidates whose thread has no reply yet (input "candidates" to name them; at most two per thread, each with its send approval).</summary>
    public const string FollowUp = "follow-up";

    /// <summary>Outreach: draft the answer to a candidate who asked how they were found, from the records (input "candidates", the one who asked), followed by its send approval. Planned only from the outreach agent's word (<see cref="Supervisor.AskedHowFound"/>).</summary>
    public const string AnswerHowFound = "answer-how-found";

    /// <summary>Outreach: propose screen times to a candidate.</summary>
    public const string ScheduleScreen = "schedule-screen";

    /// <summary>Outreach: the recruiter takes over a candidate's conversation (the assistant stops answering there), or hands it back ("hand back" in the request).</summary>
    public const string TakeOverConversation = "take-over-conversation";

    /// <summary>Screening: write tailored screening questions.</summary>
    public const string PrepareQuestions = "prepare-questions";

    /// <summary>Screening: summarize a transcript.</summary>
    public const string SummarizeTranscript = "summarize-transcript";

    /// <summary>Memory: keep what in the message is worth remembering (input "text", the message without what the policy refused).</summary>
    public const string Remember = "remember";

    /// <summary>Memory: recall what is remembered about a subject.</summary>
    public const string Recall = "recall";

    /// <summary>Memory: forget what is remembered about a subject.</summary>
    public const string Forget = "forget";

    /// <summary>Learning: apply an approved learning proposal to the project's qualifications and re-rank the pipeline.</summary>
    public const string ApplyLearning = "apply-learning";
}
