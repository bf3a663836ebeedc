namespace Hiring.Talent.Import.Text;

/// <summary>
/// Splits a role heading such as "Senior Engineer at Acme", "Acme GmbH — Data Analyst" or
/// "Nurse, St. Mary's Hospital" into title and company, guessing the order from title words.
/// </summary>
public static class TitleCompanySplitter
{
    private static readonly string[] TitleFirstSeparators = [" at ", " @ "];
    private static readonly string[] EitherWaySeparators = [" — ", " – ", " | ", " - ", ", "];

    private static readonly string[] TitleWords =
    [
        "engineer", "developer", "manager", "director", "analyst", "designer", "scientist", "consultant", "lead", "head",
        "architect", "specialist", "officer", "intern", "assistant", "coordinator", "nurse", "accountant", "recruiter",
        "executive", "representative", "administrator", "associate", "vp", "president", "founder", "owner", "researcher",
        "pharmacist", "therapist", "physiotherapist", "teacher", "controller", "marketer", "partner", "programmer",
    ];

    public static (string Title, string Company) Split(string heading)
    {
        var text = heading.Trim();
        foreach (var separator in TitleFirstSeparators)
        {
            var at = text.IndexOf(separator, StringComparison.OrdinalIgnoreCase);
            if (at > 0)
            {
                return (text[..at].Trim(), text[(at + separator.Length)..].Trim());
            }
        }

        foreach (var separator in EitherWaySeparators)
        {
            var at = text.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0)
            {
                return Order(text[..at].Trim(), text[(at + separator.Length)..].Trim());
            }
        }

        return (text, string.Empty);
    }

    /// <summary>Orders two parts as (title, company): the part with a title word is the title.</summary>
    public static (string Title, string Company) Order(string first, string second) =>
        LooksLikeTitle(second) && !LooksLikeTitle(first) ? (second, first) : (first, second);

    public static bool LooksLikeTitle(string text)
    {
        var folded = TextFolding.Fold(text);
        return folded.Split(' ').Any(word => TitleWords.Contains(word, StringComparer.Ordinal));
    }
}
