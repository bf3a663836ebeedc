using Hiring.Reasoning.BuiltIn;
using Hiring.Reasoning.Prompts;

namespace Hiring.Agents.Outreach.Replies;

/// <summary>prompts/builtin/replies.yaml: the rules that read a reply, what the recruiter is told, the candidate page's words, and how "how did you find me?" is asked and answered.</summary>
public sealed class ReplyRules
{
    public const string FileName = "replies.yaml";

    public string Version { get; set; } = "";

    public List<ReplyRule> Rules { get; set; } = [];

    public Dictionary<string, string> Messages { get; set; } = [];

    public Dictionary<string, string> Page { get; set; } = [];

    /// <summary>The patterns of a sentence that asks how we found the candidate, or where their details came from.</summary>
    public List<string> HowFound { get; set; } = [];

    /// <summary>The parts of the answer to it (see <see cref="HowFoundDrafter"/>).</summary>
    public Dictionary<string, string> HowFoundAnswer { get; set; } = [];

    public static ReplyRules Load(PromptLibrary library) => BuiltInResource.Load<ReplyRules>(library, FileName);

    /// <summary>The recruiter's message <paramref name="key"/> with each {name} replaced by its value.</summary>
    public string Say(string key, params (string Name, string Value)[] values) => Fill(Messages, "messages", key, values);

    /// <summary>The page's words <paramref name="key"/> with each {name} replaced by its value.</summary>
    public string PageText(string key, params (string Name, string Value)[] values) => Fill(Page, "page", key, values);

    /// <summary>The part <paramref name="key"/> of the answer to "how did you find me?" with each {name} replaced by its value.</summary>
    public string AnswerText(string key, params (string Name, string Value)[] values) => Fill(HowFoundAnswer, "how_found_answer", key, values);

    private static string Fill(Dictionary<string, string> texts, string section, string key, (string Name, string Value)[] values) =>
        Placeholders.Fill(
            texts.TryGetValue(key, out var template) ? template : throw new InvalidDataException($"prompts/builtin/{FileName} has no '{section}.{key}'."),
            values);
}
