using System.Globalization;
using System.Text.RegularExpressions;

namespace Hiring.Reasoning.Understanding.Requests;

/// <summary>
/// "8 is too many, let's say 6", "3 yrs would do tbh, 5 is too many for the budget": the years a role asks for,
/// named back as too many, with the one other number that replaces them, before or after. Only the number the
/// role asks for now is read this way, and not in a message about candidates, so a count of candidates ("8 is too
/// many to review") changes nothing.
/// </summary>
public static partial class YearsRestated
{
    /// <summary>The years that replace <paramref name="current"/>, or null when the message does not name them back with another number.</summary>
    public static int? NewValue(string message, int? current)
    {
        if (current is null || TooMany().Match(message) is not { Success: true } match || AboutCandidates().IsMatch(message)
            || int.Parse(match.Groups["old"].Value, CultureInfo.InvariantCulture) != current)
        {
            return null;
        }

        var others = Numbers().Matches(message)
            .Where(n => n.Index < match.Index || n.Index >= match.Index + match.Length)
            .Select(n => int.Parse(n.Groups["n"].Value, CultureInfo.InvariantCulture))
            .Where(n => n != current)
            .Distinct()
            .ToList();
        return others is [var replacement] ? replacement : null;
    }

    [GeneratedRegex(@"(?<![\d.,])\b(?:the\s+)?(?<old>\d{1,2})\s*\+?\s*(?:years?|yrs?)?(?:\s+of\s+experience)?\s*(?:is|are|['’]s|seems?|feels?|sounds?)\s+(?:(?:way|far|a\s+bit|a\s+little|slightly|just|probably|honestly)\s+)?(?:too\s+(?:many|much|high|steep|long)|a\s+lot|a\s+bit\s+much|excessive|overkill|a\s+stretch|unrealistic)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TooMany();

    [GeneratedRegex(@"(?<![\d.,:/])\b(?<n>\d{1,2})\b(?![.,:/]\d)(?!\s*(?:candidates?|people|profiles|%|k\b|am\b|pm\b|min|mins|minutes|hours?|days?|weeks?|months?))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Numbers();

    [GeneratedRegex(@"\b(?:review|look\s+(?:at|through)|go\s+through|read|candidates?|profiles?|people|show|send|contact|message|interview|shortlist)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AboutCandidates();
}
