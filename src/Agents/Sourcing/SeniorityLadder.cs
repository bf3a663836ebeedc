using Hiring.Agents.Sourcing.Constraints;

namespace Hiring.Agents.Sourcing;

/// <summary>Seniority levels in order, for spreading a calibration batch; read from a spec's seniority or a title by <see cref="TitleLevels"/>.</summary>
public static class SeniorityLadder
{
    /// <summary>Individual-contributor rungs, then management ones.</summary>
    public static readonly IReadOnlyList<string> Levels = [.. TitleLevels.ContributorLevels, .. TitleLevels.ManagementLevels];

    /// <summary>The level a title or seniority word names; "mid" when it names none.</summary>
    public static string Of(string text) => TitleLevels.OfSeniority(text) ?? TitleLevels.Read(text).Level;

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
