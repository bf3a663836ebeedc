using System.Text.RegularExpressions;
using Hiring.Reasoning.BuiltIn;
using Hiring.Reasoning.Prompts;

namespace Hiring.Agents.Outreach.Conversations;

/// <summary>prompts/builtin/conversations.yaml: the words of taking over and handing back a candidate's conversation, and what the assistant says.</summary>
public sealed class ConversationPhrases
{
    public const string FileName = "conversations.yaml";

    public string Version { get; set; } = "";

    public List<string> HandBackPatterns { get; set; } = [];

    public List<string> PronounPatterns { get; set; } = [];

    public Dictionary<string, string> Messages { get; set; } = [];

    public static ConversationPhrases Load(PromptLibrary library) => BuiltInResource.Load<ConversationPhrases>(library, FileName);

    public string Say(string key, params (string Name, string Value)[] values) =>
        Placeholders.Fill(
            Messages.TryGetValue(key, out var template) ? template : throw new InvalidDataException($"prompts/builtin/{FileName} has no 'messages.{key}'."),
            values);

    /// <summary>True when the request hands the conversation back rather than taking it over.</summary>
    public bool MeansHandBack(string? request) => Matches(request, HandBackPatterns);

    /// <summary>True when the request points at a candidate with a pronoun ("with her").</summary>
    public bool MeansPronoun(string? request) => Matches(request, PronounPatterns);

    private static bool Matches(string? request, List<string> patterns) =>
        request is { Length: > 0 } && patterns.Any(p => Regex.IsMatch(request, p, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));
}
