using System.Globalization;
using Hiring.Reasoning.BuiltIn;
using Hiring.Reasoning.Prompts;

namespace Hiring.Agents.Supervisor;

/// <summary>prompts/builtin/supervisor.yaml: what the supervisor says in its own steps, with placeholders filled.</summary>
public sealed class SupervisorMessages(IReadOnlyDictionary<string, string> messages)
{
    public const string FileName = "supervisor.yaml";

    public static SupervisorMessages Load(PromptLibrary library) => new(BuiltInResource.Load<SupervisorMessagesFile>(library, FileName).Messages);

    public string Say(string key, params (string Name, object Value)[] values)
    {
        var text = messages.TryGetValue(key, out var template) ? template : throw new InvalidDataException($"{FileName}: message '{key}' is missing.");
        foreach (var (name, value) in values)
        {
            text = text.Replace("{" + name + "}", Convert.ToString(value, CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        return text;
    }
}
