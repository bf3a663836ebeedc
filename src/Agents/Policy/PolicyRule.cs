using System.Text.RegularExpressions;
using Hiring.Contracts.Projects;

namespace Hiring.Agents.Policy;

/// <summary>A compiled rule of policy.yaml.</summary>
internal sealed partial class PolicyRule
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    private readonly Regex _match;
    private readonly Regex? _unless;
    private readonly string _attribute;
    private readonly string _reason;
    private readonly string? _rewording;
    private readonly Dictionary<string, string> _defaults;

    public PolicyRule(PolicyAttributeEntry attribute, PolicyRuleEntry rule, string where)
    {
        _attribute = attribute.Attribute;
        _reason = string.IsNullOrWhiteSpace(rule.Reason) ? attribute.Reason : rule.Reason;
        _rewording = string.IsNullOrWhiteSpace(rule.Rewording) ? null : rule.Rewording;
        _defaults = new Dictionary<string, string>(rule.Defaults, StringComparer.Ordinal);
        _match = Compile(rule.Match, where, "match");
        _unless = string.IsNullOrWhiteSpace(rule.Unless) ? null : Compile(rule.Unless, where, "unless");

        var groups = _match.GetGroupNames().ToHashSet(StringComparer.Ordinal);
        foreach (Match placeholder in Placeholder().Matches(_rewording ?? ""))
        {
            var name = placeholder.Groups["name"].Value;
            if (!groups.Contains(name))
            {
                throw new InvalidDataException($"{where}: the rewording names {{{name}}}, which is not a group of the match pattern.");
            }
        }
    }

    /// <summary>The refusal when the rule applies to the text, else null.</summary>
    public PolicyVerdict? Check(string text)
    {
        var match = _match.Match(text);
        if (!match.Success || (_unless?.IsMatch(text) ?? false))
        {
            return null;
        }

        var rewording = _rewording is null ? null : Placeholder().Replace(_rewording, p => Fill(match, p.Groups["name"].Value));
        return new PolicyVerdict(false, _reason, rewording, _attribute);
    }

    private string Fill(Match match, string group)
    {
        var value = match.Groups[group].Value.Trim();
        if (value.Length == 0)
        {
            return _defaults.GetValueOrDefault(group, "");
        }

        return char.ToUpperInvariant(value[0]) + value[1..];
    }

    private static Regex Compile(string pattern, string where, string field)
    {
        if (string.IsNullOrWhiteSpace(pattern))
        {
            throw new InvalidDataException($"{where}: '{field}' is empty.");
        }

        try
        {
            return new Regex(pattern, Options, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException ex)
        {
            throw new InvalidDataException($"{where}: '{field}' is not a valid pattern: {ex.Message}", ex);
        }
    }

    [GeneratedRegex(@"\{(?<name>[a-z_]+)\}")]
    private static partial Regex Placeholder();
}
