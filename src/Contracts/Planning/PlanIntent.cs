namespace Hiring.Contracts.Planning;

/// <summary>What the recruiter asked for, as the planner understood it.</summary>
[GenerateSerializer, Alias("hiring.planning.intent")]
public enum PlanIntent
{
    /// <summary>Nothing the assistant can do was recognised; the reply says what it can do.</summary>
    Unknown = 0,

    /// <summary>Greetings, thanks and chit-chat; answered honestly with what the assistant can do.</summary>
    SmallTalk = 1,

    /// <summary>Start a hiring project from a request or a pasted job description.</summary>
    StartProject = 2,

    /// <summary>Change the requirements (qualifications, location, seniority) of a project.</summary>
    RefineRequirements = 3,

    /// <summary>Search for candidates.</summary>
    FindCandidates = 4,

    /// <summary>Show a candidate or explain how they were assessed.</summary>
    ShowCandidate = 5,

    /// <summary>Draft an outreach message to one or more candidates.</summary>
    DraftOutreach = 6,

    /// <summary>Schedule a screening call.</summary>
    ScheduleScreen = 7,

    /// <summary>Prepare tailored screening questions.</summary>
    PrepareScreeningQuestions = 8,

    /// <summary>Summarize an interview or screening transcript.</summary>
    SummarizeTranscript = 9,

    /// <summary>Turn a project's autopilot (overnight sourcing) on.</summary>
    AutopilotOn = 10,

    /// <summary>Turn a project's autopilot off.</summary>
    AutopilotOff = 11,

    /// <summary>Report what the assistant did while the recruiter was away.</summary>
    Overnight = 12,

    /// <summary>Explain why something was done.</summary>
    ExplainDecision = 13,

    /// <summary>Forget something the assistant remembers.</summary>
    Forget = 14,

    /// <summary>The recruiter's reactions to candidates shown (a calibration batch or a shortlist).</summary>
    CandidateFeedback = 15,

    /// <summary>Where the open project stands: its pipeline by stage and what waits for the recruiter.</summary>
    ProjectStatus = 16,

    /// <summary>Follow up with the candidates who have not replied to their outreach.</summary>
    FollowUp = 17,

    /// <summary>The recruiter takes over a candidate's conversation (or hands it back): the assistant stops answering there until handed back.</summary>
    TakeOverConversation = 18,

    /// <summary>The recruiter says when they take screens (weekly windows, time zone, days off); candidates are offered times from it.</summary>
    SetAvailability = 19,

    /// <summary>Keep a fact or a standing preference in the recruiter's memory.</summary>
    Remember = 20,

    /// <summary>Say what the recruiter's memory holds (about a subject).</summary>
    RecallMemory = 21,

    /// <summary>Approve or reject what waits for the recruiter ("approve all of that", "don't send that"): read only while something is pending.</summary>
    DecideApproval = 22,
}
