namespace Hiring.Agents.Intake.Faq;

/// <summary>One topic of prompts/builtin/intake-faq.yaml: its FAQ question and the words that find its statements.</summary>
public sealed class FaqTopicRules
{
    /// <summary>The FAQ question, worded as candidates ask it.</summary>
    public string Question { get; set; } = "";

    /// <summary>The topic as intake names it when it asks the recruiter.</summary>
    public string Ask { get; set; } = "";

    /// <summary>Headings (and "Label:" prefixes) whose lines are about the topic.</summary>
    public List<string> Headings { get; set; } = [];

    /// <summary>Words that make a sentence elsewhere a statement of the topic.</summary>
    public List<string> Cues { get; set; } = [];

    /// <summary>Words that make a sentence not one, though it has a cue ("team player").</summary>
    public List<string> Exclude { get; set; } = [];
}
