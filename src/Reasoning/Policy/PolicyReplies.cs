using System.Text;
using Hiring.Reasoning.BuiltIn;
using Hiring.Reasoning.Prompts;

namespace Hiring.Reasoning.Policy;

/// <summary>Writes the assistant's reply to a message the policy refused part of, from prompts/builtin/policy-messages.yaml.</summary>
public sealed class PolicyReplies
{
    private static readonly string[] Required = ["finding", "rewording", "rest", "nothing_left", "unchecked"];

    private readonly Dictionary<string, string> _messages;
    private readonly Dictionary<string, string> _attributes;

    public PolicyReplies(PolicyMessagesFile file)
    {
        if (string.IsNullOrWhiteSpace(file.Version))
        {
            throw new InvalidDataException($"{PolicyMessagesFile.FileName}: 'version' is missing.");
        }

        _messages = new Dictionary<string, string>(file.Messages, StringComparer.Ordinal);
        if (Required.FirstOrDefault(k => !_messages.ContainsKey(k)) is { } missing)
        {
            throw new InvalidDataException($"{PolicyMessagesFile.FileName}: the message '{missing}' is missing.");
        }

        _attributes = new Dictionary<string, string>(file.Attributes, StringComparer.Ordinal);
        Version = file.Version;
    }

    public string Version { get; }

    public static PolicyReplies Load(PromptLibrary library) => new(BuiltInResource.Load<PolicyMessagesFile>(library, PolicyMessagesFile.FileName));

    /// <summary>One reply naming every refused preference, its reason and lawful rewording, then what goes on.</summary>
    public string Refusal(MessageScreening screening)
    {
        var reply = new StringBuilder();
        foreach (var finding in screening.Findings)
        {
            reply.Append(Fill("finding", ("phrase", finding.Phrase), ("attribute", _attributes.GetValueOrDefault(finding.Attribute, finding.Attribute)), ("reason", finding.Reason)));
            if (finding.Rewording is { Length: > 0 } rewording)
            {
                reply.Append(Fill("rewording", ("rewording", rewording)));
            }

            reply.Append(' ');
        }

        reply.Append(screening.Remaining.Length > 0 ? Fill("rest", ("remaining", screening.Remaining)) : _messages["nothing_left"]);
        return reply.ToString();
    }

    /// <summary>What the recruiter is told when the check itself failed, so the message was not acted on.</summary>
    public string Unchecked(string error) => Fill("unchecked", ("error", error));

    private string Fill(string key, params (string Name, string Value)[] values)
    {
        var text = _messages[key];
        foreach (var (name, value) in values)
        {
            text = text.Replace($"{{{name}}}", value, StringComparison.Ordinal);
        }

        return text;
    }
}
