using Hiring.Reasoning.BuiltIn;
using Hiring.Reasoning.Prompts;

namespace Hiring.Agents.Intake.Faq;

/// <summary>prompts/builtin/intake-faq.yaml: the topics of the FAQ intake drafts, how money is written, and the messages.</summary>
public sealed class FaqDraftRules
{
    public const string FileName = "intake-faq.yaml";
    public const string ResourceName = "builtin/intake-faq";

    public string Version { get; set; } = "";

    public Dictionary<string, FaqTopicRules> Topics { get; set; } = [];

    public List<string> OtherHeadings { get; set; } = [];

    public int MaxStatements { get; set; } = 5;

    public List<string> Currencies { get; set; } = [];

    public Dictionary<string, double> Multipliers { get; set; } = [];

    public List<string> Bounds { get; set; } = [];

    public List<string> RangeSeparators { get; set; } = [];

    public List<string> NotMoney { get; set; } = [];

    public Dictionary<string, List<string>> PolicyWords { get; set; } = [];

    public Dictionary<string, string> Messages { get; set; } = [];

    public static FaqDraftRules Load(PromptLibrary library) => BuiltInResource.Load<FaqDraftRules>(library, FileName);

    /// <summary>The rules of <paramref name="topic"/>; a file without them is invalid.</summary>
    public FaqTopicRules Topic(FaqTopic topic) =>
        Topics.FirstOrDefault(t => string.Equals(t.Key, topic.ToString(), StringComparison.OrdinalIgnoreCase)).Value
            ?? throw new InvalidDataException($"prompts/builtin/{FileName} has no topic '{topic.ToString().ToLowerInvariant()}'.");
}
