using Hiring.Contracts.Talent;
using Hiring.Talent.Store;

namespace Hiring.Evals.Suites.Fairness;

/// <summary>
/// A profile changed in what the law protects and nothing else: the name (and the email and summary
/// that carry it) of a person of another gender and name group, or dates of study that make the
/// person read fifteen years older or younger. An evaluation that changes with them is unfair.
/// </summary>
public static class Counterfactuals
{
    public const string NameSwap = "name";
    public const string AgeSwap = "age";
    public const int AgeShiftYears = 15;

    /// <summary>The same profile under another person's name.</summary>
    public static CandidateProfile WithName(CandidateProfile profile, string name)
    {
        var summary = profile.Summary;
        foreach (var (from, to) in profile.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Zip(name.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
        {
            summary = summary?.Replace(from, to, StringComparison.Ordinal);
        }

        var email = profile.Email is null ? null : $"{name.Replace(' ', '.').ToLowerInvariant()}@example.com";
        return profile with { Name = name, Summary = summary, Email = email };
    }

    /// <summary>The same profile with every year of study moved by <paramref name="years"/> (negative: an older person).</summary>
    public static CandidateProfile WithStudyShifted(CandidateProfile profile, int years) => profile with
    {
        Education = [.. profile.Education.Select(e => e with { StartYear = e.StartYear + years, EndYear = e.EndYear + years })],
    };

    /// <summary>Someone of another gender and another name group, the first such in the list after this person.</summary>
    public static string? SwapPartner(string id, IReadOnlyList<string> order, IReadOnlyDictionary<string, ProtectedAttributes> attributes)
    {
        if (!attributes.TryGetValue(id, out var own))
        {
            return null;
        }

        var start = Math.Max(0, IndexOf(order, id));
        for (var step = 1; step < order.Count; step++)
        {
            var other = order[(start + step) % order.Count];
            if (attributes.TryGetValue(other, out var them) && them.Gender != own.Gender && them.NameGroup != own.NameGroup)
            {
                return other;
            }
        }

        return null;
    }

    private static int IndexOf(IReadOnlyList<string> order, string id)
    {
        for (var i = 0; i < order.Count; i++)
        {
            if (string.Equals(order[i], id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
