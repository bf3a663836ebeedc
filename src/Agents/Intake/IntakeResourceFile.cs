namespace Hiring.Agents.Intake;

/// <summary>prompts/builtin/intake.yaml: the built-in intake engine's phrases, patterns and messages.</summary>
public sealed class IntakeResourceFile
{
    public const string FileName = "intake.yaml";

    public string Version { get; set; } = "";

    public Dictionary<string, List<string>> Headings { get; set; } = [];

    public Dictionary<string, List<string>> HeadingKeywords { get; set; } = [];

    public int HeadingMaxWords { get; set; } = 7;

    public List<string> ProseRequirementCues { get; set; } = [];

    public List<string> ProseNotRequirementStarts { get; set; } = [];

    public List<string> NiceCues { get; set; } = [];

    public List<string> MustCues { get; set; } = [];

    public List<string> TitlePatterns { get; set; } = [];

    public List<string> LocationPatterns { get; set; } = [];

    public Dictionary<string, List<string>> RemoteWords { get; set; } = [];

    public Dictionary<string, List<string>> EmploymentWords { get; set; } = [];

    public Dictionary<string, string> JsonresumeRemote { get; set; } = [];

    public List<string> Languages { get; set; } = [];

    public List<string> EducationWords { get; set; } = [];

    public Dictionary<string, List<string>> Change { get; set; } = [];

    public Dictionary<string, List<string>> RelaxFields { get; set; } = [];

    public Dictionary<string, List<string>> Letter { get; set; } = [];

    public Dictionary<string, double> Suggestions { get; set; } = [];

    public Dictionary<string, string> Messages { get; set; } = [];
}
