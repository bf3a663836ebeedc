using Hiring.Reasoning.BuiltIn;
using Hiring.Reasoning.Prompts;

namespace Hiring.Reasoning.Policy;

/// <summary>
/// policy.yaml compiled once: the rules both policies share, in file order, and the preference cues the
/// message policy reads them with. Validated when loaded, so a broken file stops the start, not a
/// recruiter's request.
/// </summary>
public sealed class PolicyRuleSet
{
    public PolicyRuleSet(PolicyRulesFile file)
    {
        if (string.IsNullOrWhiteSpace(file.Version))
        {
            throw new InvalidDataException($"{PolicyRulesFile.FileName}: 'version' is missing.");
        }

        if (file.Attributes.Count == 0)
        {
            throw new InvalidDataException($"{PolicyRulesFile.FileName}: no attributes.");
        }

        var fragments = new Dictionary<string, string>(file.Fragments, StringComparer.Ordinal);
        Cues = file.Preferences is null ? null : new PreferenceCues(file.Preferences, fragments);
        var prefix = file.Preferences is null ? null : Prefix(file.Preferences, fragments);

        var rules = new List<PolicyRule>();
        foreach (var attribute in file.Attributes)
        {
            var where = $"{PolicyRulesFile.FileName}: attribute '{attribute.Attribute}'";
            if (string.IsNullOrWhiteSpace(attribute.Attribute) || string.IsNullOrWhiteSpace(attribute.Reason) || attribute.Rules.Count == 0)
            {
                throw new InvalidDataException($"{where}: needs a name, a reason and at least one rule.");
            }

            rules.AddRange(attribute.Rules.Select((rule, i) => new PolicyRule(attribute, rule, $"{where}, rule {i + 1}", fragments, prefix)));
        }

        Version = file.Version;
        Rules = rules;
        Misspellings = new Misspellings(file.Misspelled);
    }

    public string Version { get; }

    internal IReadOnlyList<PolicyRule> Rules { get; }

    internal Misspellings Misspellings { get; }

    /// <summary>Null when the file has no "preferences" (enough for qualifications, not for messages).</summary>
    internal PreferenceCues? Cues { get; }

    /// <summary>What may come before a term in a message: the lead (its own group) then the modifier.</summary>
    private static string Prefix(PreferenceCuesEntry cues, IReadOnlyDictionary<string, string> fragments)
    {
        var where = $"{PolicyRulesFile.FileName}: preferences";
        var lead = PolicyRule.Expand(cues.Lead, fragments, where, "lead");
        var modifier = PolicyRule.Expand(cues.Modifier, fragments, where, "modifier");
        return $"(?<lead>{lead})?(?:{modifier})?";
    }

    public static PolicyRuleSet Load(PromptLibrary library) => new(BuiltInResource.Load<PolicyRulesFile>(library, PolicyRulesFile.FileName));
}
