using System.Text.RegularExpressions;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Agents.Intake;

/// <summary>
/// A request pasted from an email: a greeting line at the top ("Hi there,", "Hello team,") and a
/// sign-off ("Thanks,", "Kind regards,", "Cheers, Anna", "Thanks so much in advance!") with the signature under it frame the
/// request without being part of it (a signature's "Head of Talent" is not the role, its name not a
/// place), and so do a forwarded email's header lines above the greeting ("FW: backfill for Priya", "fwd from Dave:"), the quote
/// marks of a forwarded note ("> Hi Sarah, need …") and a greeting or sign-off on the request's own line ("Hi Sarah, need … Ta, Dave",
/// “Hi Mei Ling, we need … Thanks, Rajesh”: a full name, and the quotation marks of a note passed on, too).
/// The body is what is read; text without such a frame is read as written.
/// </summary>
public sealed class LetterFrame
{
    private const int GreetingMaxWords = 4;

    private static readonly Regex HeaderLine = new(
        @"^\s*(?:fw|fwd|re|aw|wg|tr|subject|from|to|sent|date|cc|objet|betreff|asunto|oggetto|onderwerp|temat|assunto)\s*:",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimit.Time);
    // "fwd from Dave at Daventry:", "forwarding this from the HM —": a line that only says what follows is forwarded.
    private static readonly Regex ForwardLine = new(
        @"^\s*(?:fwd?|forward(?:ed|ing)?|passing\s+(?:this\s+)?on)\b[^\n]{0,80}?(?::|—|–|\s-)\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimit.Time);

    // "---------- Forwarded message ---------", "-----Original Message-----", "Begin forwarded message:": a mail client's line above a forwarded email's header.
    private static readonly Regex ForwardSeparator = new(
        @"^\s*(?:-{2,}\s*)?(?:forwarded\s+message|original\s+message|begin\s+forwarded\s+message)\s*(?:-{2,}|:)?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimit.Time);

    // An email's header is two lines of it or more ("From: …", "Sent: …"); a note's lines before it only pass it on.
    private const int HeaderMinLines = 2;
    private const int IntroMaxLines = 3;

    private static readonly Regex QuoteMark = new(@"^\s*(?:>\s?)+", RegexOptions.CultureInvariant, RegexLimit.Time);
    private readonly Regex _greeting;
    private readonly Regex _signOff;
    private readonly Regex _inlineGreeting;
    private readonly Regex _inlineSignOff;

    public LetterFrame(IReadOnlyCollection<string> greetings, IReadOnlyCollection<string> signOffs)
    {
        _greeting = new Regex($@"^\W*(?:{Alternatives(greetings)})(?![\p{{L}}\p{{N}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimit.Time);
        _inlineGreeting = new Regex($@"^\W*(?:{Alternatives(greetings)})(?:\s+(?-i:\p{{Lu}})\p{{L}}*){{0,3}}\s*,\s*(?=\S)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimit.Time);
        _inlineSignOff = new Regex($@"(?<=[.!?])\s+(?:{Alternatives(signOffs)})(?:\s*,\s*(?-i:\p{{Lu}})\p{{L}}*)?\s*[.!]*\s*[""”’']?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimit.Time);
        _signOff = new Regex($@"^\W*(?:{Alternatives(signOffs)})(?:\s+(?:so\s+much|very\s+much|a\s+lot|a\s+bunch|heaps|again|all|everyone|team|guys|both|in\s+advance|for\s+(?:your|the|all\s+(?:your|the))\s+\p{{L}}+))*\s*(?:[,!.]?|,\s*\p{{Lu}}\p{{L}}*(?:\s+\p{{Lu}}\p{{L}}*)?[.!]?)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimit.Time);
    }

    /// <summary>The lines between the greeting and the sign-off, or the text itself when it is not framed as a letter.</summary>
    public string Body(string text)
    {
        var lines = Unquoted(text.Split('\n'));
        var first = Array.FindIndex(lines, l => l.Trim().Length > 0);
        if (first < 0)
        {
            return text;
        }

        // "fwd from Priya, can you get this started?" above "From: …", "Date: …": the lines that pass a forwarded email on are not
        // part of it, and its header ends where the email starts, with or without a greeting.
        var email = ForwardedHeader(lines, first);
        first = email ?? first;

        // "FW: backfill for Priya", "Subject: …", "fwd from Dave at the depot:": a forwarded email's header lines come before its greeting.
        var header = first;
        while (header < lines.Length && (lines[header].Trim().Length == 0 || HeaderLine.IsMatch(lines[header]) || ForwardLine.IsMatch(lines[header]) || ForwardSeparator.IsMatch(lines[header])))
        {
            header++;
        }

        if (header > first && header < lines.Length && (email is not null || IsGreeting(lines[header]) || _inlineGreeting.IsMatch(lines[header])))
        {
            first = header;
        }

        var start = IsGreeting(lines[first]) ? first + 1 : first;
        var end = Array.FindIndex(lines, start, l => _signOff.IsMatch(l.Trim()));
        var body = lines[start..(end < 0 ? lines.Length : end)];
        if (body.Length == 0)
        {
            return text;
        }

        // "Hi Sarah, need another driver …. Ta, Dave": the greeting and the sign-off framing a one-line note are not part of it.
        body[0] = _inlineGreeting.Replace(body[0], "");
        body[^1] = _inlineSignOff.Replace(body[^1], "");
        var read = string.Join('\n', body).Trim();
        return read.Length == 0 || read == text.Trim() ? text : read;
    }

    /// <summary>Where a forwarded email's header starts, below at most a few lines that pass it on; null when there is none.</summary>
    private static int? ForwardedHeader(string[] lines, int first)
    {
        var said = 0;
        for (var i = first; i < lines.Length && said <= IntroMaxLines; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }

            if (HeaderLine.IsMatch(lines[i]) || ForwardSeparator.IsMatch(lines[i]))
            {
                var run = lines.Skip(i).TakeWhile(l => HeaderLine.IsMatch(l) || ForwardSeparator.IsMatch(l)).Count(l => HeaderLine.IsMatch(l));
                return run >= HeaderMinLines ? i : null;
            }

            said++;
        }

        return null;
    }

    /// <summary>"> Hi Sarah, …": an email's quoted lines, read without their quote marks when every line after the first is quoted.</summary>
    private static string[] Unquoted(string[] lines)
    {
        var quoted = lines.Skip(1).Where(l => l.Trim().Length > 0).ToList();
        return quoted.Count > 0 && quoted.All(l => QuoteMark.IsMatch(l)) ? [lines[0], .. lines.Skip(1).Select(l => QuoteMark.Replace(l, ""))] : lines;
    }

    /// <summary>"Hi there,", "Hello team!", "Hey": a greeting standing on a short line of its own.</summary>
    private bool IsGreeting(string line) =>
        _greeting.IsMatch(line) && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= GreetingMaxWords;

    private static string Alternatives(IEnumerable<string> words) => string.Join('|', words.OrderByDescending(w => w.Length).Select(Regex.Escape));
}
