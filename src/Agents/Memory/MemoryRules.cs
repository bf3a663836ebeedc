using System.Text.RegularExpressions;
using Hiring.Agents.Outreach;
using Hiring.Reasoning.BuiltIn;
using Hiring.Reasoning.Prompts;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Agents.Memory;

/// <summary>prompts/builtin/memory.yaml: what in a message is worth keeping, how questions to the memory and requests to forget read, and what the memory agent says.</summary>
public sealed class MemoryRules
{
    public const string FileName = "memory.yaml";

    public string Version { get; set; } = "";

    public List<string> ExplicitCues { get; set; } = [];

    public List<string> ExplicitTailCues { get; set; } = [];

    public string WeakTailCues { get; set; } = "";

    public List<string> StandingCues { get; set; } = [];

    public string ProcessWords { get; set; } = "";

    public string Imperatives { get; set; } = "";

    public List<string> Likings { get; set; } = [];

    public string Wants { get; set; } = "";

    public string WeakCues { get; set; } = "";

    public List<string> Holders { get; set; } = [];

    public List<string> Facts { get; set; } = [];

    public List<string> CorrectionCues { get; set; } = [];

    public List<string> Never { get; set; } = [];

    /// <summary>Words that say a person's protected attribute: a note with them is never kept nor recalled (<see cref="Memory.ProtectedNotes"/>).</summary>
    public List<string> ProtectedNotes { get; set; } = [];

    public string ReplaceCues { get; set; } = "";

    public string ContextPronouns { get; set; } = "";

    public string ContextSubjects { get; set; } = "";

    public string WorkRequests { get; set; } = "";

    /// <summary>A label over what is kept instead of what was refused ("what she actually needs: …", "lo que sí: …").</summary>
    public string KeptInstead { get; set; } = "";

    public string LabelledNotes { get; set; } = "";

    public string ScopedRules { get; set; } = "";

    public string NoteHeaders { get; set; } = "";

    public string AnnouncedThings { get; set; } = "";

    public List<string> RecallFrameWords { get; set; } = [];

    public List<string> PreferenceWords { get; set; } = [];

    public List<string> CommonWords { get; set; } = [];

    public List<List<string>> Synonyms { get; set; } = [];

    public Dictionary<string, List<string>> Kinds { get; set; } = [];

    public Dictionary<string, List<string>> Glosses { get; set; } = [];

    public List<string> ForgetAll { get; set; } = [];

    public string ForgetThat { get; set; } = "";

    public string ForgetForNow { get; set; } = "";

    public string ForgetEvery { get; set; } = "";

    public string ForgetPart { get; set; } = "";

    public string ForgetEverything { get; set; } = "";

    public string ForgetAbout { get; set; } = "";

    public string ForgetOpening { get; set; } = "";

    public string ForgetPartOpening { get; set; } = "";

    public string RecallCues { get; set; } = "";

    public string EpisodeQuestions { get; set; } = "";

    public string ToldQuestions { get; set; } = "";

    public string LikingQuestions { get; set; } = "";

    public string TopicAsks { get; set; } = "";

    public string OthersQuestions { get; set; } = "";

    public string StandingQuestions { get; set; } = "";

    public string OwnLikingQuestions { get; set; } = "";

    public string RecapCues { get; set; } = "";

    public string DatedQuestions { get; set; } = "";

    public string HabitQuestions { get; set; } = "";

    public string PastCues { get; set; } = "";

    public string WhQuestions { get; set; } = "";

    public string YesNoOpeners { get; set; } = "";

    public List<string> ForgetFrameWords { get; set; } = [];

    public Dictionary<string, string> Messages { get; set; } = [];

    public static MemoryRules Load(PromptLibrary library) => BuiltInResource.Load<MemoryRules>(library, FileName);

    /// <summary>One pattern of any of the alternatives, anchored at the start when asked.</summary>
    public static Regex Any(IEnumerable<string> patterns, bool atStart = false) =>
        new($"{(atStart ? "^" : "")}(?:{string.Join('|', patterns.Select(p => $"(?:{p})"))})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimit.Time);

    /// <summary>The message <paramref name="key"/> with each {name} replaced by its value.</summary>
    public string Say(string key, params (string Name, string Value)[] values) =>
        Placeholders.Fill(
            Messages.TryGetValue(key, out var template) ? template : throw new InvalidDataException($"prompts/builtin/{FileName} has no 'messages.{key}'."),
            values);
}
