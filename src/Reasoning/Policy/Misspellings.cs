namespace Hiring.Reasoning.Policy;

/// <summary>
/// Reads a slip of the keyboard in a word the rules look for ("Chrisitan values", "pregnent") as that
/// word, like <see cref="Leetspeak"/> reads digits: one letter swapped with its neighbour or one letter
/// replaced, so the word keeps its length and every position in the text stays where it was. Only the
/// words policy.yaml lists under "misspelled" (long enough that a one-letter slip leaves them
/// recognisable) are read this way, and never a real word that differs from one by a letter
/// ("muslin", "Christina", "disables"): the file lists those too.
/// </summary>
internal sealed class Misspellings
{
    private const int MinLength = 6;
    private readonly Dictionary<int, List<string>> _byLength;
    private readonly HashSet<string> _real;

    public Misspellings(MisspelledEntry? entry)
    {
        var words = entry?.Words ?? [];
        if (words.FirstOrDefault(w => w.Length < MinLength || !w.All(char.IsLower)) is { } bad)
        {
            throw new InvalidDataException($"{PolicyRulesFile.FileName}: misspelled: '{bad}' must be a lower-case word of at least {MinLength} letters.");
        }

        _byLength = words.Distinct(StringComparer.Ordinal).GroupBy(w => w.Length).ToDictionary(g => g.Key, g => g.ToList());
        _real = new HashSet<string>(words.Concat(entry?.Not ?? []), StringComparer.OrdinalIgnoreCase);
    }

    public string Read(string text)
    {
        char[]? read = null;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var end = i;
            while (end < text.Length && char.IsLetter(text[end]))
            {
                end++;
            }

            if (Meant(text.AsSpan(i, end - i)) is { } meant)
            {
                read ??= text.ToCharArray();
                for (var k = 0; k < meant.Length; k++)
                {
                    read[i + k] = char.IsUpper(text[i + k]) ? char.ToUpperInvariant(meant[k]) : meant[k];
                }
            }

            i = end;
        }

        return read is null ? text : new string(read);
    }

    private string? Meant(ReadOnlySpan<char> word)
    {
        if (!_byLength.TryGetValue(word.Length, out var candidates))
        {
            return null;
        }

        var written = word.ToString();
        if (_real.Contains(written))
        {
            return null;
        }

        var lower = written.ToLowerInvariant();
        var meant = candidates.Where(c => OneSlip(lower, c)).Take(2).ToList();
        return meant.Count == 1 ? meant[0] : null;
    }

    // One letter replaced, or two neighbours swapped; the first letter is never the slip.
    private static bool OneSlip(string written, string word)
    {
        if (written[0] != word[0])
        {
            return false;
        }

        var first = -1;
        var differences = 0;
        for (var k = 0; k < word.Length; k++)
        {
            if (written[k] != word[k])
            {
                first = differences == 0 ? k : first;
                differences++;
            }
        }

        return differences == 1
            || (differences == 2 && first + 1 < word.Length && written[first] == word[first + 1] && written[first + 1] == word[first]);
    }
}
