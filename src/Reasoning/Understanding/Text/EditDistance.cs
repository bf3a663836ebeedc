namespace Hiring.Reasoning.Understanding.Text;

/// <summary>How many typing slips apart two words are, for reading misspelled words.</summary>
public static class EditDistance
{
    /// <summary>
    /// Optimal string alignment distance (Damerau-Levenshtein without repeated edits of a
    /// substring: a swap of neighbours counts as one), cut off above <paramref name="limit"/>.
    /// </summary>
    public static int Between(string a, string b, int limit)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var rowMin = int.MaxValue;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }

                rowMin = Math.Min(rowMin, d[i, j]);
            }

            if (rowMin > limit)
            {
                return rowMin;
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>One letter left out or added, or two neighbours swapped: the slips that, unlike a changed letter, rarely make another real word ("wiring", "hiring").</summary>
    public static bool OneSlipApart(string a, string b)
    {
        if (a.Length == b.Length)
        {
            var first = Enumerable.Range(0, a.Length).FirstOrDefault(i => a[i] != b[i], -1);
            return first >= 0 && first + 1 < a.Length && a[first] == b[first + 1] && a[first + 1] == b[first]
                && a.AsSpan(first + 2).SequenceEqual(b.AsSpan(first + 2));
        }

        var (longer, shorter) = a.Length > b.Length ? (a, b) : (b, a);
        var at = Enumerable.Range(0, shorter.Length).FirstOrDefault(i => longer[i] != shorter[i], shorter.Length);
        return longer.AsSpan(at + 1).SequenceEqual(shorter.AsSpan(at));
    }
}
