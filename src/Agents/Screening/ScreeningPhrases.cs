using System.Text.RegularExpressions;
using Hiring.Agents.Outreach;
using Hiring.Reasoning.BuiltIn;
using Hiring.Reasoning.Prompts;

namespace Hiring.Agents.Screening;

/// <summary>prompts/builtin/screening.yaml: what the screening agent says, the questions it writes, and the words it reads transcripts with.</summary>
public sealed class ScreeningPhrases
{
    public const string FileName = "screening.yaml";

    public string Version { get; set; } = "";

    public List<string> CandidateLabels { get; set; } = [];

    public List<string> RecruiterLabels { get; set; } = [];

    public List<string> IgnoreWords { get; set; } = [];

    public List<string> QuestionCountPatterns { get; set; } = [];

    public int MaxQuotes { get; set; } = 2;

    public Dictionary<string, string> Questions { get; set; } = [];

    public Dictionary<string, string> Verdicts { get; set; } = [];

    public Dictionary<string, string> Messages { get; set; } = [];

    public static ScreeningPhrases Load(PromptLibrary library) => BuiltInResource.Load<ScreeningPhrases>(library, FileName);

    /// <summary>The message <paramref name="key"/> with each {name} replaced by its value.</summary>
    public string Say(string key, params (string Name, string Value)[] values) => Fill(Messages, "messages", key, values);

    /// <summary>True when the request's number counts questions rather than candidates.</summary>
    public bool CountsQuestions(string? request) =>
        request is { Length: > 0 } && QuestionCountPatterns.Any(p => Regex.IsMatch(request, p, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));

    /// <summary>The question template <paramref name="key"/> filled.</summary>
    public string Ask(string key, params (string Name, string Value)[] values) => Fill(Questions, "questions", key, values);

    /// <summary>How a verdict reads beside a question.</summary>
    public string Verdict(string verdict) => Fill(Verdicts, "verdicts", verdict, []);

    private static string Fill(Dictionary<string, string> templates, string section, string key, (string Name, string Value)[] values) =>
        Placeholders.Fill(
            templates.TryGetValue(key, out var template) ? template : throw new InvalidDataException($"prompts/builtin/{FileName} has no '{section}.{key}'."),
            values);
}
