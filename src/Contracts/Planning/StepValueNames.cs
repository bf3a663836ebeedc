namespace Hiring.Contracts.Planning;

/// <summary>
/// The one catalogue of names a plan's values travel under: a step's inputs (from the planner, the
/// recruiter's edits at an approval, or earlier steps) and its outputs (merged into later steps'
/// inputs by name). Each agent's typed input and output records map their properties to these.
/// </summary>
public static class StepValueNames
{
    /// <summary>The recruiter's message.</summary>
    public const string Request = "request";

    /// <summary>A text to say or read (a reply's words; intake reads it when there is no request; the body of a message to send).</summary>
    public const string Text = "text";

    /// <summary>Slot: job titles the message names, comma-separated.</summary>
    public const string Titles = "titles";

    /// <summary>Slot: skills the message names, comma-separated.</summary>
    public const string Skills = "skills";

    /// <summary>Slot: places the message names, comma-separated.</summary>
    public const string Locations = "locations";

    /// <summary>Slot: the level the message asks for.</summary>
    public const string Seniority = "seniority";

    /// <summary>Slot: the years of experience the message asks for.</summary>
    public const string Years = "years";

    /// <summary>How many candidates to add (search), show (calibrate) or shortlist (evaluate-candidates).</summary>
    public const string Count = "count";

    /// <summary>A candidate's id or name (explain-assessment, a thumbs rating).</summary>
    public const string Candidate = "candidate";

    /// <summary>What a decision or a memory is about; the subject line of a message to send.</summary>
    public const string Subject = "subject";

    /// <summary>The project a step works on, when the command names none.</summary>
    public const string Project = "project";

    /// <summary>The recruiter's answer to the open question; "request" then holds the message the question was about.</summary>
    public const string Answer = "answer";

    /// <summary>The candidates the open question showed, comma-separated in the order shown.</summary>
    public const string Shown = "shown";

    /// <summary>Intake: prefix of a proposed qualification's id ("q1", "q2", …); its value is the wording to approve, or the recruiter's edit.</summary>
    public const string QualificationPrefix = "q";

    /// <summary>Intake: which listed qualifications to approve: "all" (the default), "none", or ids ("q1,q2").</summary>
    public const string Approve = "approve";

    /// <summary>Intake: qualification ids to remove ("q3,q5").</summary>
    public const string Remove = "remove";

    /// <summary>Intake: new requirements in the recruiter's words, separated by ";".</summary>
    public const string Add = "add";

    /// <summary>Intake: a change of the job spec (level, places, work arrangement) proposed with the qualifications, as JSON.</summary>
    public const string Spec = "spec";

    /// <summary>Sourcing: terms to exclude, comma-separated ("php, company:acme").</summary>
    public const string Exclude = "exclude";

    /// <summary>Sourcing: the loop iteration (1 for a search the recruiter asked for); its presence sends an evaluation back to sourcing.</summary>
    public const string Iteration = "sourcing.iteration";

    /// <summary>Sourcing: the adjusted query plan of the next iteration, as JSON.</summary>
    public const string Plan = "sourcing.plan";

    /// <summary>Sourcing: the boolean query used.</summary>
    public const string Query = "sourcing.query";

    /// <summary>Candidate ids, comma-separated: those a search added, those to evaluate or shortlist.</summary>
    public const string Candidates = "candidates";

    /// <summary>Sourcing: how many candidates the calibration batch holds.</summary>
    public const string CalibrationCount = "calibration.count";

    /// <summary>Sourcing: the calibration batch, comma-separated, in the order shown.</summary>
    public const string CalibrationCandidates = "calibration.candidates";

    /// <summary>Sourcing: the recruiter's words about candidates, when a step passes them apart from the message.</summary>
    public const string Feedback = "feedback";

    /// <summary>Sourcing: a thumbs rating's "up" or "down"; supervisor: a decision said in chat, "approve" or "reject".</summary>
    public const string Verdict = "verdict";

    /// <summary>Supervisor: the pending approvals a decision said in chat is about, comma-separated ids.</summary>
    public const string Approvals = "approvals";

    /// <summary>Sourcing: the reason given with a thumbs rating.</summary>
    public const string Reason = "reason";

    /// <summary>Sourcing: the candidates the recruiter liked, comma-separated.</summary>
    public const string FeedbackLiked = "feedback.liked";

    /// <summary>Sourcing: the candidates the recruiter disliked, comma-separated.</summary>
    public const string FeedbackDisliked = "feedback.disliked";

    /// <summary>Evaluation: how many candidates it assessed.</summary>
    public const string EvaluatedCount = "evaluated.count";

    /// <summary>Evaluation: how many of them passed the shortlist gate.</summary>
    public const string GoodCount = "good.count";

    /// <summary>Evaluation: those good matches, best first, comma-separated.</summary>
    public const string GoodIds = "good.ids";

    /// <summary>Sourcing: a refined iteration's precision (good over evaluated).</summary>
    public const string Precision = "sourcing.precision";

    /// <summary>Sourcing: the good matches of the loop so far.</summary>
    public const string Liquidity = "sourcing.liquidity";

    /// <summary>Sourcing: the loop's decision: "tighten", "broaden" or "stop".</summary>
    public const string Decision = "sourcing.decision";

    /// <summary>Evaluation: the proposed shortlist (top good matches by score), comma-separated.</summary>
    public const string Shortlist = "shortlist";

    /// <summary>Evaluation: ids moved to Shortlisted.</summary>
    public const string ShortlistedIds = "shortlisted.ids";

    /// <summary>Evaluation: the candidate explained.</summary>
    public const string CandidateId = "candidate.id";

    /// <summary>Sourcing: turn the autopilot on ("true") or off ("false").</summary>
    public const string Enabled = "enabled";

    /// <summary>Outreach: the candidates a message was drafted for, comma-separated, best first.</summary>
    public const string Drafted = "outreach.drafted";

    /// <summary>Outreach: the id of the message sent (in the tenant's contact ledger).</summary>
    public const string MessageId = "outreach.message";

    /// <summary>Outreach: the id of the screen whose slots were offered (in the tenant's screen book).</summary>
    public const string ScreenId = "outreach.screen";

    /// <summary>Memory: the client id of the message a memory came from.</summary>
    public const string SourceMessage = "memory.source";

    /// <summary>Memory: "true" when the words correct something remembered ("actually Tamsin is the HM now").</summary>
    public const string Corrects = "memory.corrects";

    /// <summary>Memory: what the recruiter's message before was about, for a pronoun in this one ("their quant reqs").</summary>
    public const string MemoryContext = "memory.context";

    /// <summary>Memory: what the work the message asks for is about ("the Basel plant", "Grantley &amp; Moss"), for a fact told beside it that names none of it.</summary>
    public const string MemoryScope = "memory.scope";

    /// <summary>Memory: the ids of the memories kept, recalled or forgotten, comma-separated.</summary>
    public const string MemoryIds = "memory.ids";

    /// <summary>Evaluation: "true" when candidates are scored again after the qualifications changed (re-ranks; proposes no shortlist).</summary>
    public const string Rescore = "evaluation.rescore";

    /// <summary>Learning: the proposal's stable key ("add-skill:terraform").</summary>
    public const string LearningKey = "learning.key";

    /// <summary>Learning: the kind of change proposed (AddNiceToHave, MakeMustHave, MakeNiceToHave, Drop).</summary>
    public const string LearningChange = "learning.change";

    /// <summary>Learning: the evidence behind a proposal, in words.</summary>
    public const string Evidence = "learning.evidence";

    /// <summary>Learning: the qualification an applied proposal added or changed.</summary>
    public const string QualificationId = "learning.qualification";
}
