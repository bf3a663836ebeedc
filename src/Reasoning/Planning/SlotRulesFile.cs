namespace Hiring.Reasoning.Planning;

/// <summary>prompts/builtin/slots.yaml.</summary>
public sealed class SlotRulesFile
{
    public const string FileName = "slots.yaml";

    public string Version { get; set; } = "";

    public Dictionary<string, int> NumberWords { get; set; } = [];

    public List<string> CountPatterns { get; set; } = [];

    public List<string> AutopilotOffWords { get; set; } = [];

    public List<string> CandidatePatterns { get; set; } = [];

    public List<string> SubjectPatterns { get; set; } = [];

    public List<string> CandidateIntents { get; set; } = [];

    public List<string> SubjectIntents { get; set; } = [];

    public List<string> NotNames { get; set; } = [];
}
