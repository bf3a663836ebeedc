using System.Text.RegularExpressions;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Agents.Intake;

/// <summary>
/// A request pasted from an email: a greeting line at the top ("Hi there,", "Hello team,") and a
/// sign-off ("Thanks,", "Kind regards,", "Cheers, Anna", "Thanks so much in advance!") with the signature under it frame the
/// request without being part of it (a signature's "Head of Talent" is not the role, its name not a
/// place), and so do a forwarded email's header lines above the greeting ("FW: backfill for Priya").
/// The body is what is read; text without such a frame is read as written.
/// </summary>
public sealed class LetterFrame
{
    private const int GreetingMaxWords = 4;

    private static readonly Regex HeaderLine = new(
        @"^\s*(?:fw|fwd|re|aw|wg|tr|subject|from|to|sent|date|cc|objet|betreff|asunto|oggetto|onderwerp|temat|assunto)\s*:",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimit.Time);
    private readonly Regex _greeting;
    private readonly Regex _signOff;

    public LetterFrame(IReadOnlyCollection<string> greetings, IReadOnlyCollection<string> signOffs)
    {
        _greeting = new Regex($@"^\W*(?:{Alternatives(greetings)})(?![\p{{L}}\p{{N}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimit.Time);
        _signOff = new Regex($@"^\W*(?:{Alternatives(signOffs)})(?:\s+(?:so\s+much|very\s+much|a\s+lot|a\s+bunch|heaps|again|all|everyone|team|guys|both|in\s+advance|for\s+(?:your|the|all\s+(?:your|the))\s+\p{{L}}+))*\s*(?:[,!.]?|,\s*\p{{Lu}}\p{{L}}*(?:\s+\p{{Lu}}\p{{L}}*)?[.!]?)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimit.Time);
    }

    /// <summary>The lines between the greeting and the sign-off, or the text itself when it is not framed as a letter.</summary>
    public string Body(string text)
    {
        var lines = text.Split('\n');
        var first = Array.FindIndex(lines, l => l.Trim().Length > 0);
        if (first < 0)
        {
            return text;
        }

        // "FW: backfill for Priya", "Subject: …": a forwarded email's header lines come before its greeting.
        var header = first;
        while (header < lines.Length && (lines[header].Trim().Length == 0 || HeaderLine.IsMatch(lines[header])))
        {
            header++;
        }

        if (header > first && header < lines.Length && IsGreeting(lines[header]))
        {
            first = header;
        }

        var start = IsGreeting(lines[first]) ? first + 1 : first;
        var end = Array.FindIndex(lines, start, l => _signOff.IsMatch(l.Trim()));
        if (start == first && end < 0)
        {
            return text;
        }

        var body = string.Join('\n', lines[start..(end < 0 ? lines.Length : end)]).Trim();
        return body.Length > 0 ? body : text;
    }

    /// <summary>"Hi there,", "Hello team!", "Hey": a greeting standing on a short line of its own.</summary>
    private bool IsGreeting(string line) =>
        _greeting.IsMatch(line) && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= GreetingMaxWords;

    private static string Alternatives(IEnumerable<string> words) => string.Join('|', words.OrderByDescending(w => w.Length).Select(Regex.Escape));
}
