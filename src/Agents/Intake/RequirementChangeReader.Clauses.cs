using System.Globalization;
using Hiring.Reasoning.Understanding.Requests;

namespace Hiring.Agents.Intake;

/// <summary>The clauses of a change: around a requirement, after it, to its sentence's end, and where they break.</summary>
public sealed partial class RequirementChangeReader
{
    private static readonly char[] SentenceEnds = ['.', '!', '?', '\n'];

    /// <summary>
    /// The clause after the one around a position when it names no requirement of its own: a wording
    /// standing alone there ("add Docker? nice to have") qualifies the requirement before it.
    /// </summary>
    private static string ClauseAfter(string text, int at, List<ReadRequirement> named, List<int> breaks)
    {
        var end = breaks.FindIndex(b => b >= at);
        if (end < 0 || breaks[end] + 1 >= text.Length)
        {
            return "";
        }

        var from = breaks[end];
        var stop = end + 1 < breaks.Count ? breaks[end + 1] : text.Length;
        return named.Exists(r => r.Start > from && r.Start < stop) ? "" : text[(from + 1)..stop].Trim().ToLower(CultureInfo.InvariantCulture);
    }

    /// <summary>The clauses after a requirement's own, to the end of its sentence or the next requirement named ("…, make it a bonus").</summary>
    private static string SentenceAfter(string text, int at, List<ReadRequirement> named, List<int> breaks)
    {
        var from = breaks.Find(b => b >= at);
        if (breaks.Count == 0 || from < at || from + 1 >= text.Length)
        {
            return "";
        }

        var stop = text.IndexOfAny(SentenceEnds, from + 1) is var end and >= 0 ? end : text.Length;
        stop = Math.Min(stop, named.Where(r => r.Start > from).Select(r => r.Start).DefaultIfEmpty(text.Length).Min());
        return stop > from + 1 ? text[(from + 1)..stop].ToLower(CultureInfo.InvariantCulture) : "";
    }

    /// <summary>The words after a requirement up to the next one named or the end of its clause ("as a must and").</summary>
    private static string OwnWords(string text, ReadRequirement requirement, List<ReadRequirement> named, List<int> breaks)
    {
        var from = Math.Min(requirement.Start + requirement.Written.Length, text.Length);
        var next = named.Where(r => r.Start >= from).Select(r => r.Start).DefaultIfEmpty(text.Length).Min();
        var end = Math.Min(next, breaks.FirstOrDefault(b => b >= from, text.Length));
        return end > from ? text[from..end].Trim().ToLower(CultureInfo.InvariantCulture) : "";
    }

    /// <summary>The clause around a position: from the previous clause break to the next.</summary>
    private static string Clause(string text, int at, List<int> breaks)
    {
        var start = breaks.LastOrDefault(b => b < at, -1) + 1;
        var end = breaks.FirstOrDefault(b => b >= at, text.Length);
        return text[start..end].Trim().ToLower(CultureInfo.InvariantCulture);
    }

    private static IEnumerable<string> Clauses(string text, List<int> breaks) =>
        breaks.Append(text.Length).Select((end, i) => text[(i == 0 ? 0 : breaks[i - 1] + 1)..end].Trim().ToLower(CultureInfo.InvariantCulture)).Where(c => c.Length > 0);
}
