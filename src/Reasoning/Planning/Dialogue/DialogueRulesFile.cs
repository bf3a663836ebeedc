namespace Hiring.Reasoning.Planning.Dialogue;

/// <summary>prompts/builtin/dialogue.yaml.</summary>
public sealed class DialogueRulesFile
{
    public const string FileName = "dialogue.yaml";

    public string Version { get; set; } = "";

    public List<string> HiringCues { get; set; } = [];

    public int BareRoleMaxOtherWords { get; set; } = 4;

    public string RoleLead { get; set; } = "";

    public List<string> SameProjectCues { get; set; } = [];

    public List<string> NewProjectCues { get; set; } = [];

    public List<string> RepeatRoleCues { get; set; } = [];

    public List<string> NewRoleCues { get; set; } = [];

    public List<string> AnotherRoleCues { get; set; } = [];

    public List<string> YieldToOpenRequirements { get; set; } = [];

    public List<string> OutreachCues { get; set; } = [];

    public List<string> DecisiveIntents { get; set; } = [];

    public List<string> RefineCues { get; set; } = [];

    public List<string> FeedbackCues { get; set; } = [];

    public List<string> VerdictCues { get; set; } = [];

    public List<string> TopicCues { get; set; } = [];

    public List<string> GoAheadCues { get; set; } = [];

    public List<string> RelaxCues { get; set; } = [];

    public List<string> QuestionCues { get; set; } = [];

    /// <summary>A question about the market for such a role ("what's the typical salary band for this?", "is it hard to find …?"): no change.</summary>
    public List<string> MarketCues { get; set; } = [];

    public List<string> ReturnCues { get; set; } = [];

    public List<string> ProjectNouns { get; set; } = [];

    /// <summary>How other languages name a project after its title or place, with <c>{name}</c> for it ("zur {name}-Stelle").</summary>
    public List<string> ProjectNamePatterns { get; set; } = [];

    /// <summary>People asked for by a word of a project's name, with <c>{name}</c> for it ("find {name} candidates").</summary>
    public List<string> ProjectPeoplePatterns { get; set; } = [];

    /// <summary>A title that speaks or wishes ("{name} wants", "the {name} says"), with <c>{name}</c> for it: someone's, not a role to hire.</summary>
    public List<string> SpeakerPatterns { get; set; } = [];

    /// <summary>A title someone is consulted as ("check with the {name}", "{name} se baat karke", "sa {name}"), with <c>{name}</c> for it: someone's, not a role to hire.</summary>
    public List<string> ConsultedPatterns { get; set; } = [];

    public List<string> NotNowCues { get; set; } = [];

    public List<string> CorrectionCues { get; set; } = [];

    /// <summary>Wording that renames the open role ("make it a sous chef", "the title should be welder").</summary>
    public List<string> RenameCues { get; set; } = [];

    /// <summary>Words that place a new role where the open project is ("for the same location").</summary>
    public List<string> SamePlaceCues { get; set; } = [];

    /// <summary>What the job offers the people hired, said of it ("we offer visa sponsorship", "the salary band is 60-70k").</summary>
    public List<string> OfferCues { get; set; } = [];

    /// <summary>Wording that keeps a statement beyond the open project ("keep in mind", "for future reqs", "all our roles").</summary>
    public List<string> StandingCues { get; set; } = [];

    /// <summary>Wording that sets a message apart from the hiring work ("unrelated, but", "random q"): what follows is no change to the open project.</summary>
    public List<string> AsideCues { get; set; } = [];

    /// <summary>More people or a new search asked for in so many words ("find more for the Glasgow role", "run a new search").</summary>
    public List<string> SearchCues { get; set; } = [];

    /// <summary>Another place to draw people from ("also pull from the X community", "post it on the Y job board"): the open project's search, wider.</summary>
    public List<string> SourceCues { get; set; } = [];

    /// <summary>A search asked to run through the night ("source overnight for the paralegal search"): autopilot.</summary>
    public List<string> OvernightCues { get; set; } = [];

    /// <summary>How a message decides what waits for the recruiter's approval ("approve all of that", "don't send that").</summary>
    public ApprovalCuesFile Approvals { get; set; } = new();
}
