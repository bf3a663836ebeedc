namespace Hiring.Agents.Outreach.Drafting;

/// <summary>The first name to greet a candidate by.</summary>
public static class CandidateName
{
    /// <summary>The first word of the name that is not a courtesy title ("Dr. Amara Okafor" → "Amara"); null when the name gives none (empty, an email, a masked placeholder).</summary>
    public static string? First(string? name, IReadOnlyCollection<string> courtesyTitles)
    {
        var words = (name ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var first = words.FirstOrDefault(w => !courtesyTitles.Contains(w, StringComparer.OrdinalIgnoreCase));
        if (first is null || !first.Any(char.IsLetter) || first.Any(c => char.IsDigit(c) || c is '@' or '[' or '<'))
        {
            return null;
        }

        first = first.TrimEnd(',');
        // A name typed all in lower case ("lee") is greeted capitalised; any other casing is the person's own.
        return first.All(c => !char.IsLetter(c) || char.IsLower(c)) ? char.ToUpperInvariant(first[0]) + first[1..] : first;
    }
}
