using System.Text.RegularExpressions;
using Hiring.Agents.Supervisor;
using Hiring.Contracts.Talent;

namespace Hiring.Agents.Privacy;

/// <summary>
/// What names an erased person in stored text: their id (as a whole word, so "c1" does not match
/// "c12"), and while their profile was still held, their email and full name (a single-word name is
/// too common to match on). Each is also looked for as JSON writes it (non-ASCII escaped), since the
/// logs hold JSON. Over-matching is the safe side: a recruiter's line naming a namesake is redacted too.
/// </summary>
public sealed class CandidateMentions
{
    private readonly Regex _id;
    private readonly string[] _words;

    public CandidateMentions(string candidateId, IEnumerable<CandidateProfile> profiles)
    {
        CandidateId = candidateId;
        _id = new Regex($"(?<![A-Za-z0-9_-]){Regex.Escape(candidateId)}(?![A-Za-z0-9_-])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        var words = profiles
            .SelectMany(p => new[] { p.Email, p.Name.Trim().Contains(' ', StringComparison.Ordinal) ? p.Name.Trim() : null })
            .Where(w => !string.IsNullOrWhiteSpace(w))
            .Select(w => w!.Trim());
        _words = [.. words.Concat(words.Select(w => EventJson.Serialize(w)[1..^1])).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    public string CandidateId { get; }

    /// <summary>True when the text (a stream key or an entry's payload) names the person.</summary>
    public bool In(string text) =>
        _id.IsMatch(text) || _words.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));
}
