using Hiring.Agents.Outreach;
using Hiring.Reasoning.BuiltIn;
using Hiring.Reasoning.Prompts;

namespace Hiring.Agents.Autopilot;

/// <summary>prompts/builtin/autopilot.yaml: how the autopilot words why it added someone, its digest and its notices.</summary>
public sealed class AutopilotRules
{
    public const string FileName = "autopilot.yaml";

    public string Version { get; set; } = "";

    public AutopilotScheduleWords Schedule { get; set; } = new();

    public Dictionary<string, int> Numbers { get; set; } = [];

    public Dictionary<string, string> Messages { get; set; } = [];

    public static AutopilotRules Load(PromptLibrary library) => BuiltInResource.Load<AutopilotRules>(library, FileName);

    /// <summary>The message <paramref name="key"/> with each {name} replaced by its value.</summary>
    public string Say(string key, params (string Name, string Value)[] values) =>
        Placeholders.Fill(
            Messages.TryGetValue(key, out var template) ? template : throw new InvalidDataException($"prompts/builtin/{FileName} has no 'messages.{key}'."),
            values);

    /// <summary>A count with its noun's plural ending ("" or "es"/"s") under <c>{name}_plural</c>.</summary>
    public static (string, string)[] Count(string name, int count, string plural = "s") =>
        [(name, count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)), ($"{name}_plural", count == 1 ? "" : plural)];
}
