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
        // "Apunta: con Grupo Olivenza llevamos…" then "y el contacto allí es Raquel Soto": "allí" is the place or client named, not a
        // single word that only opens the message before a colon.
        return memory is not null && (GroupPronoun.IsMatch(memory) || PeopleThere.IsMatch(memory) || ThereWord.IsMatch(memory) || _instead.IsMatch(memory)) && MemoryCorrection.Names(message) is [var name, ..] named
            ? (named.Count > 1 && OpeningCue().IsMatch(message) && message.TrimStart().StartsWith(name, StringComparison.Ordinal) ? named[1] : name) : null;
    }

    /// <summary>
    /// The statements with what a pronoun in one stands for when the same message named it before ("can you book Zainab Hussain for
    /// a second interview? fyi she's asked that we never book Fridays", "Ironclad's bill rate is $27/hr, our markup there is 38%"):
    /// kept after it in brackets, as a pronoun leaning on the message before is (see RememberStep).
    /// </summary>
    private List<MemoryStatement> WithOwnContext(string text, List<MemoryStatement> statements)
    {
        var said = new List<MemoryStatement>(statements.Count);
        foreach (var statement in statements)
        {
            var at = text.IndexOf(statement.Quote, StringComparison.Ordinal);
            // Only "he", "she" or "there": "they" after work for a client is read with the work's scope (see ScopeOf) or the message before.
            said.Add(at > 0 && (PersonPronoun.IsMatch(statement.Text) || PeopleThere.IsMatch(statement.Text) || ThereWord.IsMatch(statement.Text)) && NeedsContext(statement.Text) && SubjectOf(text[..at], statement.Text) is { } about
                && MemoryCorrection.Names(about).Count > 0 && !Mentions(statement.Text, about)
                ? statement with { Text = $"{statement.Text} ({about})", Resolved = true }
                : statement);
        }

        return said;
    }

    // "Apunta:", "Nota:", "Ojo:": one word before a colon that opens a message.
    [GeneratedRegex(@"^\W*\p{L}+\s*:", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex OpeningCue();

    // "there" in the languages recruiters write in: "el contacto allí", "le RH là-bas", "il capo lì", "der Ansprechpartner dort".
    private static readonly Regex ThereWord = new(@"\b(?:there|all[ií]|ah[ií]|l[àa]-bas|lì|là|lá|dort|daar)(?![\p{L}-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimit.Time);

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
