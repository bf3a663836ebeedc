namespace Hiring.Reasoning.Planning.Dialogue;

/// <summary>The "approvals" section of prompts/builtin/dialogue.yaml: how a message decides what waits for the recruiter.</summary>
public sealed class ApprovalCuesFile
{
    /// <summary>Words that approve in so many words ("approve", "lgtm", "send it"): they decide even beside another open question.</summary>
    public List<string> ApproveCues { get; set; } = [];

    /// <summary>Words that only agree ("go ahead", "looks good"): they approve only when no other question is open, which they would answer.</summary>
    public List<string> AgreeCues { get; set; } = [];

    /// <summary>
    /// Words that only affirm ("yes", "ok", "good", "passt", "👍", "looks right"): an approval when no other question is open and
    /// the message (or, beside other clauses, a clause that names what it decides: "the nurse one's ok") is nothing else.
    /// </summary>
    public List<string> AffirmCues { get; set; } = [];

    /// <summary>Thanks beside nothing but a casual word ("great ty", "ok thanks!", "ta"): an acknowledgment, which affirms nothing.</summary>
    public List<string> AcknowledgeCues { get; set; } = [];

    /// <summary>Words that only refuse or put off ("no", "not yet", "hold the search", "scrap that"): a rejection when no other question is open.</summary>
    public List<string> DeclineCues { get; set; } = [];

    /// <summary>Words that reject ("reject", "don't send that"); they win over approving words.</summary>
    public List<string> RejectCues { get; set; } = [];

    /// <summary>Words that keep approving words from deciding: a negation or a condition ("hasn't approved it yet", "I'd approve it if…").</summary>
    public List<string> HedgeCues { get; set; } = [];

    /// <summary>
    /// A time the verdict is put off to ("later", "tonight", "vanavond", "mañana"): in a message of one clause ("I'll approve it later
    /// today") approving words decide nothing; beside other clauses only the clause it stands in is held back.
    /// </summary>
    public List<string> LaterCues { get; set; } = [];

    /// <summary>
    /// A contrast opening what follows a bare yes ("fine, but make dbt a must", "va bene, però…"): the yes is to what waits and the
    /// rest a change asked beside it; without one ("ok yeah, drop SAS") the yes agrees with the change itself.
    /// </summary>
    public string Contrast { get; set; } = "";

    /// <summary>The frame of a note passed on ("fwd from the HM:", "> Hi Mette", "> /Lars"): a clause of it asks for nothing beside a verdict.</summary>
    public List<string> LetterCues { get; set; } = [];

    /// <summary>
    /// A question about the verdict beside it ("approved, right?", "or should we wait?", "n'est-ce pas ?"): beside one, a verdict
    /// clause decides nothing, where beside another question ("approved — can you pull candidates now?") it does.
    /// </summary>
    public List<string> QuestionTags { get; set; } = [];

    /// <summary>Words that ask to change something before it goes out ("but change the greeting", "fix the typo first").</summary>
    public List<string> AmendCues { get; set; } = [];

    /// <summary>
    /// A word for a kind of what waits used only to point at what waits ("send it", "send them off"): it names that kind when
    /// one of it waits, and otherwise tells it to go ahead with what does ("yep all good, send it" with only qualifications waiting).
    /// </summary>
    public List<string> PointingCues { get; set; } = [];

    /// <summary>Words that mean every one of them ("all", "both", "them", "everything").</summary>
    public List<string> AllCues { get; set; } = [];

    /// <summary>Words that say nothing beside a decision ("it", "please", "ok", "the"): a decision is a message of nothing else.</summary>
    public string Filler { get; set; } = "";

    /// <summary>Where a clause ends ("—", ",", "."): a clause of nothing but a verdict decides beside a reason or a request.</summary>
    public string ClauseBreak { get; set; } = "";

    /// <summary>How many other words a decision may have ("approve the Berlin ones" has one).</summary>
    public int MaxOtherWords { get; set; } = 1;

    /// <summary>What waits, by the waiting step's action: its name in a question and the words that name it.</summary>
    public List<ApprovalKindFile> Kinds { get; set; } = [];

    /// <summary>The question when a decision could mean several, with {verdict} ("approve", "reject") and {choices}.</summary>
    public string Question { get; set; } = "";

    /// <summary>
    /// One choice of the question when the choices are of several projects, with {kind}, {project} and {summary}
    /// ("the qualifications for Warehouse Manager (Zaragoza) (…)"): two waiting things of one kind are told apart by their project.
    /// </summary>
    public string ProjectChoice { get; set; } = "";

    /// <summary>The verdict words the question uses: approving first, rejecting second.</summary>
    public List<string> Verdicts { get; set; } = [];
}

/// <summary>One kind of waiting step: the step actions it covers, its name ("the qualifications") and the words that name it.</summary>
public sealed class ApprovalKindFile
{
    public List<string> Actions { get; set; } = [];

    public string Name { get; set; } = "";

    public List<string> Cues { get; set; } = [];
}
