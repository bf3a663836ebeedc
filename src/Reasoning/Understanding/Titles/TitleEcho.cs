namespace Hiring.Reasoning.Understanding.Titles;

/// <summary>
/// Whether a requirement only restates the job's own field ("data engineering" for a data engineer,
/// "accounting" for an accountant, "teaching" for a teacher): every word of it shares its stem with a
/// word of the title. Such a requirement says nothing the title does not, so intake leaves it out.
/// </summary>
public static class TitleEcho
{
    private static readonly string[] Suffixes = ["ing", "ers", "er", "ist", "ian", "ant", "ment", "ics", "ic", "y", "e"];

    public static bool Restates(string subject, string title)
    {
        if (string.IsNullOrWhiteSpace(subject) || string.IsNullOrWhiteSpace(title))
        {
            return false;
        }

        var titleStems = Words(title).Select(Stem).ToHashSet(StringComparer.Ordinal);
        var stems = Words(subject).Select(Stem).ToList();
        return stems.Count > 0 && stems.All(titleStems.Contains);
    }

    /// <summary>
    /// Whether a requirement restates the job's field, its head word included ("accounting" for an accountant,
    /// "data engineering" for a data engineer); a skill that only names the title's modifier ("Python" for a
    /// python developer) is the skill itself when the recruiter names it beside the title, and is kept.
    /// </summary>
    public static bool RestatesField(string subject, string title)
    {
        if (!Restates(subject, title))
        {
            return false;
        }

        var head = Stem(Words(title)[^1]);
        return Words(subject).Select(Stem).Contains(head, StringComparer.Ordinal);
    }

    private static string[] Words(string text) =>
        text.ToLowerInvariant().Split([' ', '-', '/'], StringSplitOptions.RemoveEmptyEntries);

    private static string Stem(string word)
    {
        var stem = word.Length > 4 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word;
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var suffix in Suffixes)
            {
                if (stem.Length - suffix.Length >= 4 && stem.EndsWith(suffix, StringComparison.Ordinal))
                {
                    stem = stem[..^suffix.Length];
                    changed = true;
                    break;
                }
            }
        }

        return stem;
    }
}
