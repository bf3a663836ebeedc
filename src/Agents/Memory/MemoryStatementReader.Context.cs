using System.Text.RegularExpressions;
using Hiring.Contracts.Memory;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Agents.Memory;

/// <summary>
/// What a memory leans on beyond its own words: whom its pronoun stands for ("they insist…" after a client is named), and
/// what the work asked for beside it is about, so a fact told in passing is kept with its client or site.
/// </summary>
public sealed partial class MemoryStatementReader
{
    /// <summary>Whether a memory opens with a pronoun that needs what it stands for ("their quant reqs…"), or speaks of someone there ("the GM there is Hemi").</summary>
    public bool NeedsContext(string text) => _pronoun.IsMatch(text) || PeopleThere.IsMatch(text) || _instead.IsMatch(text);

    /// <summary>
    /// What a message before is about ("the NYC hedge fund client"), for a pronoun in the next; for "he" or
    /// "she", the first person it names ("Dieter in Hamburg hates cover letters"); null when it names nothing.
    /// </summary>
    public string? SubjectOf(string message, string? memory = null)
    {
        if (memory is not null && PersonPronoun.IsMatch(memory) && MemoryCorrection.Names(message) is { Count: > 0 } names)
        {
            return names[0];
        }

        if (_subject.Match(message) is { Success: true } found)
        {
            return found.Value.Trim();
        }

        // "Note: Corven Freight's contact is Lorna Pask" then "they insist every driver holds a CPC card": "they" is the first name there;
        // so is "there" in "ward managers there want CVs by Thursday" after "Northgate General's cap is £38/hr".
        // What is kept instead of a refused ask ("lo que sí: …") is about what that ask named.
        return memory is not null && (GroupPronoun.IsMatch(memory) || PeopleThere.IsMatch(memory) || _instead.IsMatch(memory)) && MemoryCorrection.Names(message) is [var name, ..] ? name : null;
    }

    private static readonly Regex PeopleThere = new(@"(?<!\b(?:is|are|was|were|be)\s+)\b\p{L}+s\s+there\b|\b(?:the|their|our)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+\s+there\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimit.Time);

    private static readonly Regex GroupPronoun = new(@"^\W*(?:(?:and|also|so|ok|okay|but|then|just|oh)\s+)*(?:they|their|them|they're)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimit.Time);

    private static readonly Regex PersonPronoun = new(@"^\W*(?:(?:and|also|so|ok|okay|but|then|just|oh)\s+)*(?:he|she|his|her)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimit.Time);

    /// <summary>
    /// What the work a message asks for beside its memories is about ("working the QA req for the Basel plant", "send me the longlist
    /// for Grantley &amp; Moss"): read from the clauses no memory came from; null when they name nothing.
    /// </summary>
    public string? ScopeOf(string text, IReadOnlyList<MemoryStatement> statements)
    {
        var rest = string.Join(". ", MemoryClause.Split(text).Select(c => c.Text).Where(c => !statements.Any(s => s.Quote.Contains(c, StringComparison.Ordinal) || c.Contains(s.Quote, StringComparison.Ordinal))));
        if (rest.Length == 0)
        {
            return null;
        }

        // The client or the site the work is for ("the Basel plant", "Grantley & Moss"), never the role itself ("the VP market risk
        // req"): a role's title is the work's own detail, and the fact told beside it may be about any of the client's roles.
        var about = _subject.Match(rest) is { Success: true } subject ? RoleOnly().Replace(subject.Value, "").Trim() : "";
        return about.Length > 0 && MemoryCorrection.Names(about).Count > 0 ? about
            : WorkFor().Match(rest) is { Success: true } client ? client.Groups["name"].Value.Trim()
            : null;
    }

    /// <summary>Whether a text names every name of a scope already ("Basel" of "the Basel plant").</summary>
    public static bool Mentions(string text, string scope) =>
        MemoryCorrection.Names(scope) is { Count: > 0 } names && names.All(n => MemoryCorrection.Names(text).Any(t => MemoryCorrection.SharesWord(t, n)));

    // "the QA release manager req for the Basel plant" is about the Basel plant; "the VP market risk req" names only the role.
    [GeneratedRegex(@"^.*?\b(?:roles?|reqs?|hires?|hiring|positions?|jobs?|searche?s?|vacanc(?:y|ies))\b(?:\s+(?:in|at|for|on)\b)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex RoleOnly();

    // "… for Grantley & Moss", "… at Pennine Build", "… para Clínica Sorolla": the client the work is for.
    [GeneratedRegex(@"\b(?:for|at|para|pour|chez|für|fuer|bei|voor)\s+(?<name>(?-i:\p{Lu})[\p{L}'’-]*(?:\s+(?:&\s+|and\s+)?(?-i:\p{Lu})[\p{L}'’-]*)*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex WorkFor();
}
