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
        // Three rows of the table are all the recurrence reads (the swap looks two rows back); on the stack for
        // the short words this compares, since the spelling readers call it for every candidate of every word.
        var width = b.Length + 1;
        var cells = 3 * width;
        Span<int> rows = cells <= 256 ? stackalloc int[cells] : new int[cells];
        var twoBack = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(2 * width, width);
        for (var j = 0; j < width; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j < width; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var cell = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    cell = Math.Min(cell, twoBack[j - 2] + 1);
                }

                current[j] = cell;
                rowMin = Math.Min(rowMin, cell);
            }

            if (rowMin > limit)
            {
                return rowMin;
            }

            var spare = twoBack;
            twoBack = previous;
            previous = current;
            current = spare;
        }

        return previous[b.Length];
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
