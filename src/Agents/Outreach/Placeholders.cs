namespace Hiring.Agents.Outreach;

/// <summary>Fills the {name} placeholders of outreach's built-in texts (prompts/builtin/outreach*.yaml, replies.yaml).</summary>
public static class Placeholders
{
    public static string Fill(string template, params (string Name, string Value)[] values) =>
        values.Aggregate(template, (text, value) => text.Replace("{" + value.Name + "}", value.Value, StringComparison.Ordinal));
}
