using System.Text;

namespace Hiring.Agents.Sourcing.Remembered;

/// <summary>An employer's name as compared: lower case, without punctuation or its legal form ("Bluelabs GmbH" is "bluelabs").</summary>
public static class EmployerName
{
    private static readonly HashSet<string> LegalForms = new(StringComparer.Ordinal)
    {
        "inc", "incorporated", "ltd", "limited", "llc", "llp", "plc", "gmbh", "ag", "kg", "se", "bv", "nv", "sa", "sas", "sarl", "srl", "spa", "oy", "ab", "as", "aps", "pty", "co", "corp", "corporation", "company", "group", "holding", "holdings",
    };

    public static string Normalize(string name)
    {
        var letters = new StringBuilder(name.Length);
        foreach (var c in name.ToLowerInvariant())
        {
            letters.Append(char.IsLetterOrDigit(c) || c == '&' ? c : ' ');
        }

        var words = letters.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && LegalForms.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        return string.Join(' ', words);
    }
}
