using System.Globalization;
using System.Text.RegularExpressions;

namespace Hiring.Gateway.Cli.Load;

/// <summary>Durations as people write them on a command line: <c>60s</c>, <c>2m</c>, <c>500ms</c>, or plain seconds.</summary>
public static partial class LoadDuration
{
    public const string Help = "write it like 60s, 2m or 500ms";

    /// <summary>The duration <paramref name="text"/> says, or null when it says none.</summary>
    public static TimeSpan? Parse(string? text)
    {
        var match = Pattern().Match(text?.Trim() ?? "");
        if (!match.Success || !double.TryParse(match.Groups["n"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            return null;
        }

        return match.Groups["unit"].Value switch
        {
            "ms" => TimeSpan.FromMilliseconds(amount),
            "m" => TimeSpan.FromMinutes(amount),
            _ => TimeSpan.FromSeconds(amount),
        };
    }

    [GeneratedRegex(@"^(?<n>[0-9]+(\.[0-9]+)?)(?<unit>ms|s|m)?$")]
    private static partial Regex Pattern();
}
