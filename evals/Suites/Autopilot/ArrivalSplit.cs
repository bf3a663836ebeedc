using System.Security.Cryptography;
using System.Text;

namespace Hiring.Evals.Suites.Autopilot;

/// <summary>
/// Which of the eval pool's people play "arrived since the last run": a quarter of them, chosen by
/// the SHA-256 of the profile id (its first byte below 64), so every run and every machine splits the
/// pool the same way and neither the generator's order nor the case decides who is new.
/// </summary>
public static class ArrivalSplit
{
    public static bool IsArrival(string profileId)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(profileId), hash);
        return hash[0] < 64;
    }

    /// <summary>The arrivals among <paramref name="profileIds"/>.</summary>
    public static HashSet<string> Arrivals(IEnumerable<string> profileIds) => profileIds.Where(IsArrival).ToHashSet(StringComparer.Ordinal);
}
