using Hiring.Contracts.Projects;
using Hiring.Reasoning.BuiltIn;
using Hiring.Reasoning.Prompts;

namespace Hiring.Agents.Outreach.Drafting;

/// <summary>prompts/builtin/outreach.yaml: the built-in outreach templates per tone, length limits, promise words and check reasons.</summary>
public sealed class OutreachTemplates
{
    public const string FileName = "outreach.yaml";
    public const string ResourceName = "builtin/outreach";
    public const string FollowUpLimit = "follow_up";

    public string Version { get; set; } = "";

    public int MaxQuoteWords { get; set; } = 30;

    public Dictionary<string, int> Limits { get; set; } = [];

    public List<string> CourtesyTitles { get; set; } = [];

    public Dictionary<string, string> Where { get; set; } = [];

    public Dictionary<string, string> Arrangements { get; set; } = [];

    public Dictionary<string, Dictionary<string, string>> Tones { get; set; } = [];

    public Dictionary<string, List<string>> Promises { get; set; } = [];

    public Dictionary<string, RemotePolicy> ArrangementPromises { get; set; } = [];

    public Dictionary<string, string> Checks { get; set; } = [];

    public static OutreachTemplates Load(PromptLibrary library) => BuiltInResource.Load<OutreachTemplates>(library, FileName);

    /// <summary>The template <paramref name="key"/> of <paramref name="tone"/> with each {name} replaced by its value.</summary>
    public string Say(OutreachTone tone, string key, params (string Name, string Value)[] values) =>
        Placeholders.Fill(Get(Get(Tones, tone.ToString().ToLowerInvariant(), "tones"), key, $"tones.{tone.ToString().ToLowerInvariant()}"), values);

    /// <summary>The reason <paramref name="key"/> of the checks, filled.</summary>
    public string Reason(string key, params (string Name, string Value)[] values) => Placeholders.Fill(Get(Checks, key, "checks"), values);

    public string WhereText(string key, params (string Name, string Value)[] values) => Placeholders.Fill(Get(Where, key, "where"), values);

    /// <summary>The most words a message may have: the first message by its length setting, or a follow-up.</summary>
    public int Limit(OutreachMessageKind kind, OutreachLength length) =>
        Get(Limits, kind == OutreachMessageKind.First ? length.ToString().ToLowerInvariant() : FollowUpLimit, "limits");

    /// <summary>Every text of every tone: the templates' own words, which a message may quote without citing the profile.</summary>
    public IEnumerable<string> AllTemplateTexts() => Tones.Values.SelectMany(t => t.Values);

    private static T Get<T>(Dictionary<string, T> values, string key, string where) =>
        values.TryGetValue(key, out var value) ? value : throw new InvalidDataException($"prompts/builtin/{FileName} has no '{where}.{key}'.");
}
