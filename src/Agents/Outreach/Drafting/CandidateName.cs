namespace Hiring.Agents.Outreach.Drafting;

/// <summary>The first name to greet a candidate by.</summary>
public static class CandidateName
{
    /// <summary>The first word of the name that is not a courtesy title ("Dr. Amara Okafor" → "Amara"); null when the name gives none.</summary>
    public static string? First(string? name, IReadOnlyCollection<string> courtesyTitles)
    {
        var words = (name ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var first = words.FirstOrDefault(w => !courtesyTitles.Contains(w, StringComparer.OrdinalIgnoreCase));
        return first is null || !first.Any(char.IsLetter) || first.Any(c => char.IsDigit(c) || c is '@' or '[' or '<') ? null : first.TrimEnd(',');
    }
}
