namespace Hiring.Reasoning.Understanding.Text;

/// <summary>Items as a sentence lists them: "A", "A and B", "A, B and C" (or "or").</summary>
public static class WordList
{
    public static string Join(IEnumerable<string> items, string conjunction = "and")
    {
        var list = items as IReadOnlyList<string> ?? [.. items];
        return list.Count <= 1 ? string.Concat(list) : $"{string.Join(", ", list.Take(list.Count - 1))} {conjunction} {list[^1]}";
    }
}
