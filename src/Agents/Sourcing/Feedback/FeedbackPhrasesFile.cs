namespace Hiring.Agents.Sourcing.Feedback;

/// <summary>prompts/builtin/feedback.yaml: the words of the recruiter's reactions to candidates shown.</summary>
public sealed class FeedbackPhrasesFile
{
    public const string FileName = "feedback.yaml";

    public string Version { get; set; } = "";

    public List<string> Negations { get; set; } = [];

    public List<string> Positive { get; set; } = [];

    public List<string> Negative { get; set; } = [];

    public Dictionary<string, List<string>> Reasons { get; set; } = [];
}
