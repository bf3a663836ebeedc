using System.Globalization;
using System.Text.RegularExpressions;

namespace Hiring.Talent.Import.Text;

/// <summary>
/// Dates as resumes write them: "2019", "2019-03", "2019-03-15", "03/2019", "Mar 2019",
/// "March 2019", and ranges such as "Jan 2019 – Present" or "2019-03 - 2022-11". Months are
/// kept, days dropped: a role starts and ends in a month.
/// </summary>
public static partial class ResumeDates
{
    private const string Month = @"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private const string Token = @"(?:" + Month + @"\.?\s+\d{4}|\d{4}-\d{1,2}(?:-\d{1,2})?|\d{1,2}/\d{4}|\d{4})";
    private const string Ongoing = @"(?:present|current|now|today|ongoing)";

    private static readonly string[] MonthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>A date range inside a line of text.</summary>
    [GeneratedRegex(@"\b(?<start>" + Token + @")\s*(?:–|—|-|to|until|till)\s*(?<end>" + Token + "|" + Ongoing + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex RangePattern();

    [GeneratedRegex(@"^(?:(?<y>\d{4})(?:-(?<m>\d{1,2})(?:-\d{1,2})?)?|(?<m>\d{1,2})/(?<y>\d{4})|(?<name>" + Month + @")\.?\s+(?<y>\d{4}))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    [GeneratedRegex("^" + Ongoing + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OngoingPattern();

    /// <summary>True for "Present", "current" and the like: the role has not ended.</summary>
    public static bool IsOngoing(string? text) => text is not null && OngoingPattern().IsMatch(text.Trim());

    /// <summary>The first day of the month the text names; a bare year means January.</summary>
    public static bool TryParse(string? text, out DateOnly date)
    {
        date = default;
        var match = text is null ? Match.Empty : DatePattern().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }

        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = match.Groups["name"].Success
            ? Array.IndexOf(MonthNames, match.Groups["name"].Value[..3].ToLowerInvariant()) + 1
            : match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 1;
        if (year is < 1900 or > 2100 || month is < 1 or > 12)
        {
            return false;
        }

        date = new DateOnly(year, month, 1);
        return true;
    }
}
