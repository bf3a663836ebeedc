using System.Globalization;
using System.Text.RegularExpressions;
using Hiring.Agents.Reasoning.BuiltIn;
using Hiring.Agents.Reasoning.Prompts;
using Hiring.Contracts.Planning;

namespace Hiring.Agents.Reasoning.Planning;

/// <summary>Rule-based slot extraction for the built-in planner, driven by prompts/builtin/slots.yaml.</summary>
public sealed class SlotExtractor
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;
    private const string NamePlaceholder = "the candidate";

    private readonly Vocabulary _seniority;
    private readonly Vocabulary _titles;
    private readonly Vocabulary _skills;
    private readonly Vocabulary _skillsCaseSensitive;
    private readonly Vocabulary _locations;
    private readonly Dictionary<string, int> _numberWords;
    private readonly Regex[] _years;
    private readonly Regex[] _counts;
    private readonly Regex _autopilotOff;
    private readonly Regex[] _candidates;
    private readonly Regex[] _subjects;
    private readonly HashSet<PlanIntent> _candidateIntents;
    private readonly HashSet<PlanIntent> _subjectIntents;
    private readonly HashSet<string> _notNames;

    public SlotExtractor(SlotRulesFile rules)
    {
        Version = rules.Version;
        _seniority = new Vocabulary(rules.Seniority, allowPlural: false, ignoreCase: true);
        _titles = new Vocabulary(rules.Titles, allowPlural: true, ignoreCase: true);
        _skills = new Vocabulary(rules.Skills, allowPlural: false, ignoreCase: true);
        _skillsCaseSensitive = new Vocabulary(rules.SkillsCaseSensitive, allowPlural: false, ignoreCase: false);
        _locations = new Vocabulary(rules.Locations, allowPlural: false, ignoreCase: true);
        _numberWords = new Dictionary<string, int>(rules.NumberWords, StringComparer.OrdinalIgnoreCase);

        var number = $"(?<number>\\d+|{string.Join('|', rules.NumberWords.Keys.Select(Regex.Escape))})";
        _years = [.. rules.YearsPatterns.Select(p => new Regex(p.Replace("{number}", number, StringComparison.Ordinal), Options))];
        _counts = [.. rules.CountPatterns.Select(p => new Regex(p.Replace("{number}", number, StringComparison.Ordinal), Options))];
        _autopilotOff = new Regex($@"\b(?:{string.Join('|', rules.AutopilotOffWords.Select(Regex.Escape))})\b", Options);
        _candidates = [.. rules.CandidatePatterns.Select(p => new Regex(p, RegexOptions.CultureInvariant))];
        _subjects = [.. rules.SubjectPatterns.Select(p => new Regex(p, RegexOptions.CultureInvariant))];
        _candidateIntents = [.. rules.CandidateIntents.Select(Enum.Parse<PlanIntent>)];
        _subjectIntents = [.. rules.SubjectIntents.Select(Enum.Parse<PlanIntent>)];
        _notNames = new HashSet<string>(rules.NotNames, StringComparer.Ordinal);
    }

    public string Version { get; }

    public static SlotExtractor Load(PromptLibrary library) => new(BuiltInResource.Load<SlotRulesFile>(library, SlotRulesFile.FileName));

    /// <summary>Autopilot exemplars for "on" and "off" sit close in embedding space; the words decide.</summary>
    public PlanIntent ResolveAutopilot(PlanIntent intent, string message) =>
        intent is PlanIntent.AutopilotOn or PlanIntent.AutopilotOff
            ? (_autopilotOff.IsMatch(message) ? PlanIntent.AutopilotOff : PlanIntent.AutopilotOn)
            : intent;

    /// <summary>
    /// The message with its entities replaced by neutral words, so intent recognition hears what is
    /// asked rather than which skill, place or person it is about.
    /// </summary>
    public string Delexicalize(string message)
    {
        var text = _titles.Mask(message, "role");
        text = _skills.Mask(text, "skill");
        text = _skillsCaseSensitive.Mask(text, "skill");
        text = _locations.Mask(text, "city");
        text = _seniority.Mask(text, string.Empty);
        foreach (var pattern in _candidates)
        {
            text = pattern.Replace(text, match =>
            {
                var name = match.Groups["name"];
                return IsName(name.Value)
                    ? string.Concat(match.Value.AsSpan(0, name.Index - match.Index), NamePlaceholder, match.Value.AsSpan(name.Index - match.Index + name.Length))
                    : match.Value;
            });
        }

        return text;
    }

    public RequestSlots Extract(string message, PlanIntent intent)
    {
        var skills = _skills.Find(message).Concat(_skillsCaseSensitive.Find(message)).Distinct().ToList();
        var seniority = _seniority.Find(message);
        return new RequestSlots(
            _titles.Find(message),
            skills,
            _locations.Find(message),
            seniority.Count > 0 ? seniority[0] : null,
            FirstNumber(_years, message),
            FirstNumber(_counts, message),
            _candidateIntents.Contains(intent) ? FindCandidate(message) : null,
            _subjectIntents.Contains(intent) ? FindGroup(_subjects, message, "subject") : null);
    }

    private int? FirstNumber(Regex[] patterns, string message)
    {
        foreach (var pattern in patterns)
        {
            var match = pattern.Match(message);
            if (match.Success)
            {
                var text = match.Groups["number"].Value;
                return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : _numberWords[text];
            }
        }

        return null;
    }

    private string? FindCandidate(string message)
    {
        foreach (var pattern in _candidates)
        {
            foreach (Match match in pattern.Matches(message))
            {
                var name = match.Groups["name"].Value;
                if (IsName(name))
                {
                    return name;
                }
            }
        }

        return null;
    }

    private bool IsName(string candidate) =>
        !_notNames.Contains(candidate.Split(' ')[0])
        && _titles.Find(candidate).Count + _skills.Find(candidate).Count + _skillsCaseSensitive.Find(candidate).Count + _locations.Find(candidate).Count == 0;

    private static string? FindGroup(Regex[] patterns, string message, string group)
    {
        var trimmed = message.Trim();
        foreach (var pattern in patterns)
        {
            var match = pattern.Match(trimmed);
            if (match.Success && match.Groups[group].Value.Trim() is { Length: > 0 } value)
            {
                return value;
            }
        }

        return null;
    }
}
