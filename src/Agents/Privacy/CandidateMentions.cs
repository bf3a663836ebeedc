using System.Text.RegularExpressions;
using Hiring.Agents.Supervisor;
using Hiring.Contracts.Privacy;
using Hiring.Contracts.Talent;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Agents.Privacy;

/// <summary>
/// What names an erased person in stored text: their id (as a whole word, so "c1" does not match
/// "c12"), and while their profile was still held, their email and full name (a single-word name is
/// too common to match on). Each is also looked for as JSON writes it (non-ASCII escaped), since the
/// logs hold JSON. Over-matching is the safe side: a recruiter's line naming a namesake is redacted too.
/// A log entry that names them is redacted whole; a text kept in a grain's state that names them is
/// <see cref="Redact">redacted</see> word by word, with the <see cref="Marker"/> in their place.
/// </summary>
public sealed class CandidateMentions
{
    /// <summary>What stands where an erased person was named.</summary>
    public const string Marker = "[erased]";

    private readonly Regex _id;
    private readonly string[] _words;
    private readonly Regex? _parts;

    public CandidateMentions(string candidateId, IEnumerable<CandidateProfile> profiles)
        : this(PersonOf(candidateId, [.. profiles]))
    {
    }

    public CandidateMentions(ErasedPerson person)
    {
        Person = person;
        _id = new Regex($"(?<![A-Za-z0-9_-]){Regex.Escape(person.CandidateId)}(?![A-Za-z0-9_-])", RegexOptions.CultureInvariant, RegexLimit.Time);
        var words = person.Emails.Concat(person.Names.Where(n => n.Contains(' ', StringComparison.Ordinal)))
            .Where(w => !string.IsNullOrWhiteSpace(w))
            .Select(w => w.Trim());
        _words = [.. WithJson(words).OrderByDescending(w => w.Length)];
        var parts = WithJson(person.Names.SelectMany(n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(p => p.Length > 1 && char.IsUpper(p[0])));
        _parts = parts.Length == 0
            ? null
            : new Regex($"(?<![\\p{{L}}\\p{{N}}_]){string.Join('|', parts.Select(Regex.Escape))}(?![\\p{{L}}\\p{{N}}_])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimit.Time);
    }

    public string CandidateId => Person.CandidateId;

    /// <summary>The person as grains are told of them (their id, names and emails).</summary>
    public ErasedPerson Person { get; }

    /// <summary>True when the text (a stream key or an entry's payload) names the person.</summary>
    public bool In(string text) =>
        _id.IsMatch(text) || _words.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The text with each mention of the person replaced by the <see cref="Marker"/>: their id, email and
    /// full name, and each part of their name alone ("Hi Anouk," after "Anouk Lindqvist" was named). Meant
    /// for a text that belongs to something that names them (a step, an approval, a plan): a first name
    /// alone does not name anyone (<see cref="In"/>), but beside their full name it is theirs.
    /// </summary>
    public string Redact(string text)
    {
        var redacted = _id.Replace(text, Marker);
        foreach (var word in _words)
        {
            redacted = redacted.Replace(word, Marker, StringComparison.OrdinalIgnoreCase);
        }

        return _parts?.Replace(redacted, Marker) ?? redacted;
    }

    private static ErasedPerson PersonOf(string candidateId, IReadOnlyList<CandidateProfile> profiles) =>
        new(
            candidateId,
            [.. profiles.Select(p => p.Name.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)],
            [.. profiles.Select(p => p.Email?.Trim()).OfType<string>().Where(e => e.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)]);

    // Each word also as JSON writes it: the logs and payloads hold JSON, which escapes non-ASCII letters.
    private static string[] WithJson(IEnumerable<string> words) =>
        [.. words.Concat(words.Select(w => EventJson.Serialize(w)[1..^1])).Distinct(StringComparer.OrdinalIgnoreCase)];
}
