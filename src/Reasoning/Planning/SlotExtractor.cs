using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Reasoning.BuiltIn;
using Hiring.Reasoning.Prompts;
using Hiring.Reasoning.Understanding.Requests;

namespace Hiring.Reasoning.Planning;

/// <summary>
/// The built-in planner's slots: titles, skills, places, level and years as the role reader reads
/// them (prompts/builtin/vocabulary and requests.yaml), and the count, candidate and subject by the
/// patterns of prompts/builtin/slots.yaml.
/// </summary>
public sealed partial class SlotExtractor
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;
    private const string NamePlaceholder = "the candidate";

    private readonly RoleRequestReader _reader;
    private readonly Dictionary<string, int> _numberWords;
    private readonly Regex[] _counts;
    private readonly Regex _autopilotOff;
    private readonly Regex[] _candidates;
    private readonly Regex[] _subjects;
    private readonly HashSet<PlanIntent> _candidateIntents;
    private readonly HashSet<PlanIntent> _subjectIntents;
    private readonly HashSet<string> _notNames;

    public SlotExtractor(SlotRulesFile rules, RoleRequestReader reader)
    {
        Version = rules.Version;
        _reader = reader;
        _numberWords = new Dictionary<string, int>(rules.NumberWords, StringComparer.OrdinalIgnoreCase);
        var number = $"(?<number>\\d+|{string.Join('|', rules.NumberWords.Keys.Select(Regex.Escape))})";
        _counts = [.. rules.CountPatterns.Select(p => new Regex(p.Replace("{number}", number, StringComparison.Ordinal), Options))];
        _autopilotOff = new Regex($@"\b(?:{string.Join('|', rules.AutopilotOffWords.Select(Regex.Escape))})\b", Options);
        _candidates = [.. rules.CandidatePatterns.Select(p => new Regex(p, RegexOptions.CultureInvariant))];
        _subjects = [.. rules.SubjectPatterns.Select(p => new Regex(p, RegexOptions.CultureInvariant))];
        _candidateIntents = [.. rules.CandidateIntents.Select(Enum.Parse<PlanIntent>)];
        _subjectIntents = [.. rules.SubjectIntents.Select(Enum.Parse<PlanIntent>)];
        _notNames = new HashSet<string>(rules.NotNames, StringComparer.Ordinal);
    }

    public string Version { get; }

    public static SlotExtractor Load(PromptLibrary library, RoleRequestReader reader) => new(BuiltInResource.Load<SlotRulesFile>(library, SlotRulesFile.FileName), reader);

    /// <summary>
    /// Reads the role a message describes, if any; a title in the recruiter's own words is matched to the nearest known title.
    /// <paramref name="nearCountries"/> are the open project's, where a town is read as a place on less evidence ("add Galway").
    /// </summary>
    public Task<RoleReading> ReadAsync(string message, IReadOnlyCollection<string>? nearCountries = null, CancellationToken cancellationToken = default) =>
        _reader.ReadAsync(message, nearCountries: nearCountries, cancellationToken: cancellationToken);

    /// <summary>Autopilot exemplars for "on" and "off" sit close in embedding space; the words decide.</summary>
    public PlanIntent ResolveAutopilot(PlanIntent intent, string message) =>
        intent is PlanIntent.AutopilotOn or PlanIntent.AutopilotOff
            ? (_autopilotOff.IsMatch(message) ? PlanIntent.AutopilotOff : PlanIntent.AutopilotOn)
            : intent;

    /// <summary>
    /// The message with its entities replaced by neutral words, so intent recognition hears what is
    /// asked rather than which role, skill, place or person it is about.
    /// </summary>
    public string Delexicalize(string message) => Delexicalize(message, _reader.Read(message));

    public string Delexicalize(string message, RoleReading reading)
    {
        var text = new StringBuilder();
        var at = 0;
        foreach (var entity in reading.Entities.Where(e => e.Known))
        {
            if (entity.Start < at)
            {
                continue;
            }

            text.Append(message, at, entity.Start - at);
            text.Append(entity.Kind == EntitySpan.Level ? "" : entity.Kind);
            at = entity.Start + entity.Length;
        }

        text.Append(message, at, message.Length - at);
        var result = text.ToString();
        foreach (var pattern in _candidates)
        {
            result = pattern.Replace(result, match =>
            {
                var name = match.Groups["name"];
                return NameIn(match) is not null
                    ? string.Concat(match.Value.AsSpan(0, name.Index - match.Index), NamePlaceholder, match.Value.AsSpan(name.Index - match.Index + name.Length))
                    : match.Value;
            });
        }

        return result;
    }

    public RequestSlots Extract(string message, PlanIntent intent) => Extract(message, intent, _reader.Read(message));

    public RequestSlots Extract(string message, PlanIntent intent, RoleReading reading)
    {
        var places = reading.Places.Places.Select(p => p.Name).ToList();
        if (reading.Places.Remote == RemotePolicy.Remote)
        {
            places.Add(SlotPhrases.RemoteSlot);
        }

        return new RequestSlots(
            reading.Title is { } title ? [title.Canonical] : [],
            [.. reading.Requirements.Where(r => r.Category == QualificationCategory.Skill).Select(r => r.Subject)],
            places,
            reading.Seniority,
            reading.Years ?? reading.Requirements.FirstOrDefault(r => r.Years is not null)?.Years,
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
                if (NameIn(match) is { } name)
                {
                    return name;
                }
            }
        }

        return null;
    }

    /// <summary>The candidate a pattern matched, without its possessive ("pull up Priya Raman's profile"), or null when it names no one.</summary>
    private string? NameIn(Match match)
    {
        var name = Possessive().Replace(match.Groups["name"].Value, "");
        return IsName(name, certain: match.Groups["person"].Success) ? name : null;
    }

    private bool IsName(string candidate, bool certain)
    {
        if (_notNames.Contains(candidate.Split(' ')[0]))
        {
            return false;
        }

        // A surname that is also a town ("Maria Santos") or that no vocabulary knows ("Marin") is still a name;
        // a place alone ("Berlin"), a title or a known skill is not.
        var reading = _reader.Read(candidate);
        return reading.Title is null && !reading.Requirements.Any(r => r.Known) && (certain || !reading.Places.Spans.Any(s => s.Start == 0 && s.Length >= candidate.Length));
    }

    [GeneratedRegex(@"['’]s$", RegexOptions.CultureInvariant)]
    private static partial Regex Possessive();

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
