using System.Text.RegularExpressions;
using Hiring.Contracts.Projects;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Reasoning.Policy;

/// <summary>A compiled rule of policy.yaml: one pattern, read as a qualification or within a message.</summary>
internal sealed partial class PolicyRule
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    /// <summary>The neutral word's plural ending: a group of that name, or else "s" when the matched words end in s.</summary>
    private const string Plural = "s";

    /// <summary>How deep fragments may name fragments.</summary>
    private const int MaxFragmentDepth = 4;

    private readonly Regex _match;
    private readonly Regex? _inMessage;
    private readonly Regex? _unless;
    private readonly Regex? _when;
    private readonly string? _rewording;
    private readonly string? _neutral;
    private readonly Dictionary<string, string> _defaults;

    /// <summary>Compiles a rule, its patterns with their fragments included, and checks its placeholders name groups of its match.</summary>
    /// <param name="attribute">The attribute the rule belongs to (its name and default reason).</param>
    /// <param name="rule">The rule as written.</param>
    /// <param name="where">Where the rule is in the file, for errors.</param>
    /// <param name="fragments">The file's fragments, by name.</param>
    /// <param name="prefix">What may come right before a term in a message and belongs to it: a pattern with an optional group "lead" (null: none).</param>
    public PolicyRule(PolicyAttributeEntry attribute, PolicyRuleEntry rule, string where, IReadOnlyDictionary<string, string> fragments, string? prefix)
    {
        Attribute = attribute.Attribute;
        Reason = string.IsNullOrWhiteSpace(rule.Reason) ? attribute.Reason : rule.Reason;
        InQualifications = rule.Qualification;
        InMessages = ParseMode(rule.Message, where);
        TakesClause = rule.Scope switch
        {
            "term" => false,
            "clause" => true,
            _ => throw new InvalidDataException($"{where}: 'scope' is '{rule.Scope}'; it must be term or clause."),
        };
        _rewording = string.IsNullOrWhiteSpace(rule.Rewording) ? null : rule.Rewording;
        _neutral = string.IsNullOrWhiteSpace(rule.Neutral) ? null : rule.Neutral;
        _defaults = new Dictionary<string, string>(rule.Defaults, StringComparer.Ordinal);

        var match = Expand(rule.Match, fragments, where, "match");
        _match = Compile(match, where, "match");
        _unless = string.IsNullOrWhiteSpace(rule.Unless) ? null : Compile(Expand(rule.Unless, fragments, where, "unless"), where, "unless");
        _when = string.IsNullOrWhiteSpace(rule.When) ? null : Compile(Expand(rule.When, fragments, where, "when"), where, "when");
        if (InMessages != MessageRuleMode.Never)
        {
            var inMessage = string.IsNullOrEmpty(prefix) ? match : $"{prefix}(?:{match})";
            _inMessage = Compile(inMessage, where, "match");
            MessageWords = PatternLiterals.Of(inMessage);
        }

        var groups = _match.GetGroupNames().ToHashSet(StringComparer.Ordinal);
        foreach (var (field, template) in new[] { ("rewording", _rewording), ("neutral", _neutral) })
        {
            foreach (Match placeholder in Placeholder().Matches(template ?? ""))
            {
                var name = placeholder.Groups["name"].Value;
                if (!groups.Contains(name) && !(field == "neutral" && name == Plural))
                {
                    throw new InvalidDataException($"{where}: the {field} names {{{name}}}, which is not a group of the match pattern.");
                }
            }
        }
    }

    public string Attribute { get; }

    public string Reason { get; }

    public bool InQualifications { get; }

    public MessageRuleMode InMessages { get; }

    /// <summary>Words one of which is in every message the rule matches (lower-case), or null when no such words are known.</summary>
    public IReadOnlyList<string>? MessageWords { get; }

    /// <summary>Whether a refusal takes the whole clause out of the message rather than the words.</summary>
    public bool TakesClause { get; }

    /// <summary>The refusal when the rule applies to a qualification, else null.</summary>
    public PolicyVerdict? Check(string text)
    {
        var match = _match.Match(text);
        if (!match.Success || (_unless?.IsMatch(text) ?? false) || !(_when?.IsMatch(text) ?? true))
        {
            return null;
        }

        return new PolicyVerdict(false, Reason, RewordingFor(match), Attribute);
    }

    /// <summary>Whether the rule's "when" holds for the message.</summary>
    public bool AppliesTo(string message) => _when?.IsMatch(message) ?? true;

    /// <summary>
    /// The first place the rule's words occur in a message, with the lead that belongs to it; the next
    /// with <see cref="Match.NextMatch"/>. Unlike a <see cref="MatchCollection"/>, a message without
    /// the words allocates nothing.
    /// </summary>
    public Match FirstMatchIn(string message) =>
        (_inMessage ?? throw new InvalidOperationException($"A {Attribute} rule that never reads messages was asked to.")).Match(message);

    /// <summary>Whether the sentence around a match lets it through.</summary>
    public bool Excuses(string sentence) => _unless?.IsMatch(sentence) ?? false;

    public string? RewordingFor(Match match) =>
        _rewording is null ? null : Placeholder().Replace(_rewording, p => Fill(match, p.Groups["name"].Value, capitalized: true));

    /// <summary>The words that replace <paramref name="term"/> in the rest of the message, or null when it is simply taken out.</summary>
    public string? NeutralFor(Match match, string term) =>
        _neutral is null ? null : Placeholder().Replace(_neutral, p => p.Groups["name"].Value == Plural && !match.Groups[Plural].Success
            ? (term.EndsWith('s') || term.EndsWith('S') ? "s" : "")
            : Fill(match, p.Groups["name"].Value, capitalized: false));

    /// <summary>Where the words to take out are: the "term" group when the pattern has one, else the match, with its lead.</summary>
    public static (int Start, int End, bool Led) TermOf(Match match)
    {
        var term = match.Groups["term"] is { Success: true } group ? group : (Group)match;
        var lead = match.Groups["lead"];
        return lead is { Success: true, Length: > 0 } ? (lead.Index, term.Index + term.Length, true) : (term.Index, term.Index + term.Length, false);
    }

    private string Fill(Match match, string group, bool capitalized)
    {
        var value = match.Groups[group].Value.Trim();
        if (value.Length == 0)
        {
            return _defaults.GetValueOrDefault(group, "");
        }

        return capitalized ? char.ToUpperInvariant(value[0]) + value[1..] : value;
    }

    private static MessageRuleMode ParseMode(string mode, string where) => mode switch
    {
        "preference" => MessageRuleMode.Preference,
        "always" => MessageRuleMode.Always,
        "never" => MessageRuleMode.Never,
        _ => throw new InvalidDataException($"{where}: 'message' is '{mode}'; it must be preference, always or never."),
    };

    /// <summary>The pattern with each %name% replaced by its fragment, and fragments named inside fragments in turn.</summary>
    public static string Expand(string pattern, IReadOnlyDictionary<string, string> fragments, string where, string field)
    {
        for (var depth = 0; Fragment().IsMatch(pattern); depth++)
        {
            if (depth == MaxFragmentDepth)
            {
                throw new InvalidDataException($"{where}: '{field}' nests fragments more than {MaxFragmentDepth} deep (a fragment that names itself?).");
            }

            pattern = Fragment().Replace(pattern, f => fragments.TryGetValue(f.Groups["name"].Value, out var fragment)
                ? $"(?:{fragment})"
                : throw new InvalidDataException($"{where}: '{field}' names the unknown fragment {f.Value}."));
        }

        return pattern;
    }

    public static Regex Compile(string pattern, string where, string field)
    {
        if (string.IsNullOrWhiteSpace(pattern))
        {
            throw new InvalidDataException($"{where}: '{field}' is empty.");
        }

        try
        {
            return new Regex(pattern, Options, RegexLimit.Time);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidDataException($"{where}: '{field}' is not a valid pattern: {ex.Message}", ex);
        }
    }

    [GeneratedRegex(@"\{(?<name>[a-z_]+)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"%(?<name>[a-z_]+)%")]
    private static partial Regex Fragment();
}
