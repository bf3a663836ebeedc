using Hiring.Contracts.Projects;
using Hiring.Reasoning.Prompts;

namespace Hiring.Reasoning.Policy;

/// <summary>
/// Refuses qualifications that target a protected attribute or a proxy of one, with the reason and a
/// lawful rewording where one exists. A qualification is already a requirement, so any rule of
/// prompts/builtin/policy.yaml that reads qualifications refuses it wherever its words occur.
/// </summary>
public sealed class QualificationPolicy : IQualificationPolicy
{
    private readonly IReadOnlyList<PolicyRule> _rules;

    public QualificationPolicy(PolicyRulesFile file)
        : this(new PolicyRuleSet(file))
    {
    }

    public QualificationPolicy(PolicyRuleSet rules)
    {
        _rules = [.. rules.Rules.Where(r => r.InQualifications)];
        Version = rules.Version;
    }

    public string Version { get; }

    public static QualificationPolicy Load(PromptLibrary library) => new(PolicyRuleSet.Load(library));

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
