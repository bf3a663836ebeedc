using System.Globalization;
using System.Text.RegularExpressions;

namespace Hiring.Reasoning.Understanding.Requests;

/// <summary>
/// "8 is too many, let's say 6", "10 yrs is a lot, make it 7": the years a role asks for, named back as too
/// many, with the number that replaces them. Only the number the role asks for now is read this way, so a
/// count of candidates ("8 is too many to review") changes nothing.
/// </summary>
public static partial class YearsRestated
{
    /// <summary>The years that replace <paramref name="current"/>, or null when the message does not name them back with another number.</summary>
    public static int? NewValue(string message, int? current)
    {
        if (current is null || Restated().Match(message) is not { Success: true } match)
        {
            return null;
        }

        var old = int.Parse(match.Groups["old"].Value, CultureInfo.InvariantCulture);
        var replacement = int.Parse(match.Groups["new"].Value, CultureInfo.InvariantCulture);
        return old == current && replacement != old ? replacement : null;
    }

    [GeneratedRegex(@"^\W*(?:the\s+)?(?<old>\d{1,2})\s*\+?\s*(?:years?|yrs?)?(?:\s+of\s+experience)?\s*(?:is|are|['’]s|seems?|feels?|sounds?)\s+(?:(?:way|far|a\s+bit|a\s+little|slightly)\s+)?(?:too\s+(?:many|much|high|steep|long)|a\s+lot|a\s+bit\s+much|excessive|overkill|a\s+stretch|unrealistic)\b(?:(?!\b(?:review|look|go\s+through|read|candidates?|profiles?|people|show|send|contact|message|interview)\b)[^\d]){0,40}?\b(?<new>\d{1,2})\b(?!\s*(?:candidates?|people|profiles|%))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Restated();
}
