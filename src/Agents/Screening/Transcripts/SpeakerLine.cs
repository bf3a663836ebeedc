using System.Text.RegularExpressions;

namespace Hiring.Agents.Screening.Transcripts;

/// <summary>
/// A "Speaker: words" line: a label of at most three words that starts with a capital letter (a
/// role or a name; an optional "[00:01:02]" time before it), a colon, and the words on the same line.
/// </summary>
public static partial class SpeakerLine
{
    public static bool TryRead(string line, out string speaker, out string text)
    {
        var match = Labelled().Match(line);
        speaker = match.Success ? match.Groups["speaker"].Value.Trim() : "";
        text = match.Success ? match.Groups["text"].Value.Trim() : "";
        return match.Success;
    }

    [GeneratedRegex(@"^\s*(?:\[?\(?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?\)?\]?\s*[-–]?\s*)?(?<speaker>\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+[\p{L}\p{M}.'’-]+){0,2})\s*:\s+(?<text>\S.*)$")]
    private static partial Regex Labelled();
}
