using System.Globalization;

namespace Hiring.Agents.Sourcing;

/// <summary>What the constraint filter did to a search's hits: how many it read and why it dropped the others.</summary>
/// <param name="Considered">Hits read (every strategy's, merged).</param>
/// <param name="Kept">Hits that meet every constraint.</param>
/// <param name="OutsidePlace">Dropped: they live outside the spec's places (or the location is unknown).</param>
/// <param name="WrongLevel">Dropped: their current title is not at the level or on the track asked.</param>
/// <param name="Avoided">Dropped: they work now at a company the recruiter's memory says to avoid.</param>
/// <param name="AvoidedAt">Those companies, as the recruiter wrote them.</param>
public sealed record FilterReport(int Considered, int Kept, int OutsidePlace, int WrongLevel, int Avoided = 0, IReadOnlyList<string>? AvoidedAt = null)
{
    public static FilterReport Empty { get; } = new(0, 0, 0, 0);

    /// <summary>"kept 12 of 40 hits: 20 outside Berlin, DE, 8 not senior, individual contributor".</summary>
    public string Describe(string place, string level)
    {
        var dropped = new List<string>();
        if (OutsidePlace > 0)
        {
            dropped.Add(string.Create(CultureInfo.InvariantCulture, $"{OutsidePlace} outside {place}"));
        }

        if (WrongLevel > 0)
        {
            dropped.Add(string.Create(CultureInfo.InvariantCulture, $"{WrongLevel} not {level}"));
        }

        if (Avoided > 0)
        {
            dropped.Add(string.Create(CultureInfo.InvariantCulture, $"{Avoided} working at {string.Join(" or ", AvoidedAt ?? [])}, which you told me to avoid"));
        }

        var kept = string.Create(CultureInfo.InvariantCulture, $"kept {Kept} of {Considered} hits");
        return dropped.Count == 0 ? kept : $"{kept}: {string.Join(", ", dropped)}";
    }
}
