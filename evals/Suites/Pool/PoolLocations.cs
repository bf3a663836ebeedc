using Hiring.Contracts.Talent;
using Hiring.Evals.Pool;
using Hiring.Talent;

namespace Hiring.Evals.Suites.Pool;

/// <summary>Where each person of the eval pool lives (the ground truth does not say; the profile does).</summary>
public static class PoolLocations
{
    public static async Task<IReadOnlyDictionary<string, Location>> ReadAsync(EvalPool pool, CancellationToken cancellationToken)
    {
        var locations = new Dictionary<string, Location>(StringComparer.Ordinal);
        await foreach (var profile in pool.Profiles.ReadAllAsync(TalentPoolScope.Public, cancellationToken: cancellationToken))
        {
            locations[profile.Id] = profile.Location;
        }

        return locations;
    }
}
