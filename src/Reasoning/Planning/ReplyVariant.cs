using System.Text.RegularExpressions;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Reasoning.Planning;

/// <summary>A reply-only intent's reply for messages that match a pattern ("thanks" gets "You're welcome", not the introduction).</summary>
public sealed class ReplyVariant
{
    /// <summary>A case-insensitive regular expression the whole message is tested against.</summary>
    public string When { get; set; } = "";

    public string Reply { get; set; } = "";

    private Regex? _pattern;

    /// <summary>The compiled pattern (an invalid one throws <see cref="ArgumentException"/>, which the catalog reports when it loads).</summary>
    public Regex Pattern => _pattern ??= new Regex(When, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimit.Time);

    public bool Matches(string message) => Pattern.IsMatch(message);
}
