using System.Text.RegularExpressions;

namespace Hiring.Agents.Reasoning.Planning;

/// <summary>A reply-only intent's reply for messages that match a pattern ("thanks" gets "You're welcome", not the introduction).</summary>
public sealed class ReplyVariant
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(100);

    /// <summary>A case-insensitive regular expression the whole message is tested against.</summary>
    public string When { get; set; } = "";

    public string Reply { get; set; } = "";

    public bool Matches(string message) =>
        Regex.IsMatch(message, When, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout);
}
