using Hiring.Agents.Sourcing.Constraints;
using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Talent;

namespace Hiring.Agents.Sourcing;

/// <summary>
/// Keeps the hits whose profiles meet every constraint of the spec, whichever strategy found them
/// (boolean, AI variants, the recruiter's past queries, calibration): a query can only ask the index,
/// the filter decides.
/// </summary>
public static class ConstraintFilter
{
    public static (IReadOnlyList<FoundCandidate> Kept, FilterReport Report) Apply(
        IReadOnlyList<FoundCandidate> found,
        IReadOnlyDictionary<string, CandidateProfile> profiles,
        SpecConstraints constraints)
    {
        var kept = new List<FoundCandidate>(found.Count);
        int place = 0, level = 0;
        foreach (var candidate in found)
        {
            if (!profiles.TryGetValue(candidate.Id, out var profile))
            {
                continue;
            }

            var failed = constraints.Filter(profile).FirstOrDefault(c => !c.Met);
            if (failed is null)
            {
                kept.Add(candidate);
            }
            else if (failed.Kind == ConstraintKind.Location)
            {
                place++;
            }
            else
            {
                level++;
            }
        }

        return (kept, new FilterReport(found.Count, kept.Count, place, level));
    }
}
