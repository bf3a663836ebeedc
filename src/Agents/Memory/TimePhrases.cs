using Hiring.Reasoning.BuiltIn;
using Hiring.Reasoning.Prompts;

namespace Hiring.Agents.Memory;

/// <summary>prompts/builtin/time-phrases.yaml: the days a recruiter names when asking about the past, and how a period is said.</summary>
public sealed class TimePhrases
{
    public const string FileName = "time-phrases.yaml";

    public string Version { get; set; } = "";

    /// <summary>How many days back "recently" and "the other day" reach.</summary>
    public int RecentDays { get; set; } = 7;

    public List<TimePhraseRule> Phrases { get; set; } = [];

    /// <summary>Each weekday's names, Monday first.</summary>
    public List<List<string>> Weekdays { get; set; } = [];

    /// <summary>Each month's names, January first.</summary>
    public List<List<string>> Months { get; set; } = [];

    public Dictionary<string, int> Numbers { get; set; } = [];

    public Dictionary<string, string> Messages { get; set; } = [];

    public static TimePhrases Load(PromptLibrary library) => BuiltInResource.Load<TimePhrases>(library, FileName);
}
