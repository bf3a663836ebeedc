namespace Hiring.Agents.Sourcing;

/// <summary>Seniority levels in order, read from a spec's seniority or the words of a title.</summary>
public static class SeniorityLadder
{
    public static readonly IReadOnlyList<string> Levels = ["junior", "mid", "senior", "staff", "principal"];

    private static readonly Dictionary<string, string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["intern"] = "junior", ["junior"] = "junior", ["jr"] = "junior", ["graduate"] = "junior", ["entry"] = "junior", ["associate"] = "junior",
        ["mid"] = "mid", ["intermediate"] = "mid",
        ["senior"] = "senior", ["sr"] = "senior",
        ["staff"] = "staff", ["lead"] = "staff",
        ["principal"] = "principal", ["distinguished"] = "principal", ["head"] = "principal", ["director"] = "principal",
    };

    /// <summary>The level a title or seniority word names; "mid" when it names none.</summary>
    public static string Of(string text)
    {
        foreach (var word in text.Split([' ', '-', ',', '.', '/', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (Words.TryGetValue(word, out var level))
            {
                return level;
            }
        }

        return "mid";
    }

    /// <summary>How many rungs apart two levels are.</summary>
    public static int Distance(string a, string b) => Math.Abs(IndexOf(a) - IndexOf(b));

    private static int IndexOf(string level)
    {
        for (var i = 0; i < Levels.Count; i++)
        {
            if (string.Equals(Levels[i], level, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return 1;
    }
}
