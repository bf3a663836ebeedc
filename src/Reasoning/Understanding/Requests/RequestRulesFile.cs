namespace Hiring.Reasoning.Understanding.Requests;

/// <summary>prompts/builtin/requests.yaml: how role requests and requirement lines are read.</summary>
public sealed class RequestRulesFile
{
    public const string FileName = "requests.yaml";

    public string Version { get; set; } = "";

    public SeniorityWords Seniority { get; set; } = new();

    public List<string> NotSeniorityAfter { get; set; } = [];

    /// <summary>Prefixes joined to a level word that make it another word ("post-grad experience").</summary>
    public List<string> NotSeniorityPrefixes { get; set; } = [];

    public Dictionary<string, string> TitleWords { get; set; } = [];

    public Dictionary<string, int> NumberWords { get; set; } = [];

    /// <summary>Number words of other languages, by language ("cinco", "drei"): a count only where {number_abroad} stands.</summary>
    public Dictionary<string, Dictionary<string, int>> NumberWordsAbroad { get; set; } = [];

    /// <summary>Number words as dictation writes them, by their sound ("for" for four): a count only where {spoken} stands.</summary>
    public Dictionary<string, int> SpokenNumberWords { get; set; } = [];

    public List<string> YearsPatterns { get; set; } = [];

    public List<string> YearsSkillLinks { get; set; } = [];

    public List<string> NiceCues { get; set; } = [];

    public List<string> MustCues { get; set; } = [];

    /// <summary>Wording that says a requirement named beside it is not asked for ("Dutch not needed").</summary>
    public List<string> NotNeededCues { get; set; } = [];

    /// <summary>What opens a list item that says, with a must cue, that what it names is not asked for ("no SAP needed").</summary>
    public List<string> NotNeededOpeners { get; set; } = [];

    public List<string> Fillers { get; set; } = [];

    public List<string> RequirementLeads { get; set; } = [];

    public List<string> RequirementTails { get; set; } = [];

    public List<string> NiceLabels { get; set; } = [];

    public List<string> MustLabels { get; set; } = [];

    public List<string> Conditions { get; set; } = [];

    /// <summary>The working pattern and terms a job comes with ("nights", "rotating shifts", "contract"), kept in the recruiter's words.</summary>
    public List<string> WorkConditions { get; set; } = [];

    public List<string> LanguageCues { get; set; } = [];

    public List<string> FunctionWords { get; set; } = [];

    public sealed class SeniorityWords
    {
        public Dictionary<string, List<string>> Anywhere { get; set; } = [];

        public Dictionary<string, List<string>> BeforeTitle { get; set; } = [];

        public Dictionary<string, List<string>> Alone { get; set; } = [];

        public List<string> AloneBefore { get; set; } = [];

        public Dictionary<string, List<string>> EditObject { get; set; } = [];

        public List<string> EditObjectAfter { get; set; } = [];
    }
}
