using System.Text.RegularExpressions;
using Hiring.Reasoning.BuiltIn;
using Hiring.Reasoning.Prompts;

namespace Hiring.Agents.Outreach;

/// <summary>prompts/builtin/outreach-agent.yaml: what the outreach agent says to the recruiter, and the words that name who to write to.</summary>
public sealed class OutreachPhrases
{
    public const string FileName = "outreach-agent.yaml";

    public string Version { get; set; } = "";

    public List<string> ShortlistWords { get; set; } = [];

    public List<string> TopOnePatterns { get; set; } = [];

    public Dictionary<string, string> Messages { get; set; } = [];

    public static OutreachPhrases Load(PromptLibrary library) => BuiltInResource.Load<OutreachPhrases>(library, FileName);

    /// <summary>The message <paramref name="key"/> with each {name} replaced by its value.</summary>
    public string Say(string key, params (string Name, string Value)[] values) =>
        Placeholders.Fill(
            Messages.TryGetValue(key, out var template) ? template : throw new InvalidDataException($"prompts/builtin/{FileName} has no 'messages.{key}'."),
            values);

    /// <summary>True when the request asks for the project's shortlist.</summary>
    public bool MeansShortlist(string request) =>
        ShortlistWords.Any(w => Regex.IsMatch(request, $@"\b{Regex.Escape(w)}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));

    /// <summary>True when the request asks for the single best ranked candidate.</summary>
    public bool MeansTopOne(string request) =>
        TopOnePatterns.Any(p => Regex.IsMatch(request, p, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));
}
