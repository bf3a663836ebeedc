using Hiring.Agents.Reasoning.BuiltIn;
using Hiring.Agents.Reasoning.Prompts;
using Hiring.Contracts.Projects;

namespace Hiring.Agents.Policy;

/// <summary>
/// Refuses qualifications that target a protected attribute or a proxy of one, with the reason and a
/// lawful rewording where one exists. The rules are data (prompts/builtin/policy.yaml), validated
/// when loaded so a broken file stops the start, not a recruiter's request.
/// </summary>
public sealed class QualificationPolicy : IQualificationPolicy
{
    private readonly IReadOnlyList<PolicyRule> _rules;

    public QualificationPolicy(PolicyRulesFile file)
    {
        if (string.IsNullOrWhiteSpace(file.Version))
        {
            throw new InvalidDataException($"{PolicyRulesFile.FileName}: 'version' is missing.");
        }

        if (file.Attributes.Count == 0)
        {
            throw new InvalidDataException($"{PolicyRulesFile.FileName}: no attributes.");
        }

        var rules = new List<PolicyRule>();
        foreach (var attribute in file.Attributes)
        {
            var where = $"{PolicyRulesFile.FileName}: attribute '{attribute.Attribute}'";
            if (string.IsNullOrWhiteSpace(attribute.Attribute) || string.IsNullOrWhiteSpace(attribute.Reason) || attribute.Rules.Count == 0)
            {
                throw new InvalidDataException($"{where}: needs a name, a reason and at least one rule.");
            }

            rules.AddRange(attribute.Rules.Select((rule, i) => new PolicyRule(attribute, rule, $"{where}, rule {i + 1}")));
        }

        Version = file.Version;
        _rules = rules;
    }

    public string Version { get; }

    public static QualificationPolicy Load(PromptLibrary library) => new(BuiltInResource.Load<PolicyRulesFile>(library, PolicyRulesFile.FileName));

    public PolicyVerdict Check(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return PolicyVerdict.Ok;
        }

        foreach (var rule in _rules)
        {
            if (rule.Check(text) is { } refusal)
            {
                return refusal;
            }
        }

        return PolicyVerdict.Ok;
    }
}
