namespace Hiring.Reasoning.Understanding.Text;

/// <summary>
/// How long one match of any of the built-in engine's patterns may run. The limit guards against a
/// pattern (many come from the YAML rules) that backtracks without end; it is not a speed budget. It is
/// generous on purpose: the clock is the wall clock, so on a loaded machine a descheduled thread would
/// otherwise time out a match that would have taken microseconds, and a message would be misread only
/// because the machine was busy.
/// </summary>
public static class RegexLimit
{
    /// <summary>The limit in milliseconds, for <c>[GeneratedRegex(…, matchTimeoutMilliseconds: …)]</c>.</summary>
    public const int Milliseconds = 5000;

    /// <summary>The limit, for <c>new Regex(…)</c> and the static <c>Regex</c> methods.</summary>
    public static readonly TimeSpan Time = TimeSpan.FromMilliseconds(Milliseconds);
}
