namespace Hiring.Agents.Evaluation;

/// <summary>
/// Finds whole-term mentions in profile text, case-insensitively: "Go" in "with Go, Docker" but not
/// in "Django", "Go-to-Market" or "ago"; "C" not in "C#" or "C++"; "AHPRA" in "AHPRA-registered". A mention inside a longer term
/// the profile uses ("SQL" inside "SQL Server") does not count for the shorter one.
/// </summary>
public static class TermFinder
{
    // "AHPRA-registered", "AWS-certified", "Python-based": the term itself, qualified by the word after the hyphen.
    private static readonly string[] Qualifiers = ["based", "certified", "registered", "licensed", "accredited", "qualified", "trained", "driven", "powered", "focused", "native"];

    /// <summary>Index of the first mention of any of <paramref name="forms"/> in <paramref name="text"/>, or -1; the length found is returned too.</summary>
    public static (int Index, int Length) Find(string text, IReadOnlyList<string> forms, IReadOnlyList<string> shadows)
    {
        var best = (Index: -1, Length: 0);
        if (string.IsNullOrEmpty(text))
        {
            return best;
        }

        foreach (var form in forms)
        {
            var at = FindOne(text, form, shadows);
            if (at >= 0 && (best.Index < 0 || at < best.Index))
            {
                best = (at, form.Length);
            }
        }

        return best;
    }

    public static bool Mentions(string text, IReadOnlyList<string> forms, IReadOnlyList<string> shadows) =>
        Find(text, forms, shadows).Index >= 0;

    private static int FindOne(string text, string form, IReadOnlyList<string> shadows)
    {
        if (form.Length == 0)
        {
            return -1;
        }

        var from = 0;
        while (from <= text.Length - form.Length)
        {
            var at = text.IndexOf(form, from, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return -1;
            }

            if (IsWhole(text, at, form.Length) && !IsShadowed(text, at, form.Length, shadows))
            {
                return at;
            }

            from = at + 1;
        }

        return -1;
    }

    private static bool IsWhole(string text, int at, int length)
    {
        // ".NET" inside "ASP.NET" is another term, as is "Go" inside "Django".
        if (at > 0 && char.IsLetterOrDigit(text[at - 1]))
        {
            return false;
        }

        var end = at + length;
        if (end >= text.Length)
        {
            return true;
        }

        var next = text[end];
        if (char.IsLetterOrDigit(next) && char.IsLetterOrDigit(text[end - 1]))
        {
            return false;
        }

        // "C" in "C#"/"C++", "Go" in "Go-to-Market", "ASP" in "ASP.NET" are other terms.
        var following = end + 1 < text.Length ? text[end + 1] : ' ';
        return next switch
        {
            '#' or '+' => false,
            '-' => !char.IsLetterOrDigit(following) || IsQualifier(text, end + 1),
            '.' or '/' => !char.IsLetterOrDigit(following),
            _ => true,
        };
    }

    private static bool IsQualifier(string text, int at)
    {
        var end = at;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return Qualifiers.Contains(text[at..end], StringComparer.OrdinalIgnoreCase);
    }

    private static bool IsShadowed(string text, int at, int length, IReadOnlyList<string> shadows)
    {
        foreach (var shadow in shadows)
        {
            if (shadow.Length <= length)
            {
                continue;
            }

            var start = Math.Max(0, at - shadow.Length + length);
            var window = Math.Min(text.Length, at + shadow.Length) - start;
            var found = text.IndexOf(shadow, start, window, StringComparison.OrdinalIgnoreCase);
            if (found >= 0 && found <= at && found + shadow.Length >= at + length)
            {
                return true;
            }
        }

        return false;
    }
}
