using Hiring.Agents.Sourcing.Constraints;
using Hiring.Agents.Sourcing.Remembered;
using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Talent;

namespace Hiring.Agents.Sourcing;

/// <summary>
/// Keeps the hits whose profiles meet every constraint of the spec and who work at no company the
/// recruiter's memory says to avoid, whichever strategy found them (boolean, AI variants, the
/// recruiter's past queries, calibration): a query can only ask the index, the filter decides.
/// </summary>
public static class ConstraintFilter
{
    public static (IReadOnlyList<FoundCandidate> Kept, FilterReport Report) Apply(
        IReadOnlyList<FoundCandidate> found,
        IReadOnlyDictionary<string, CandidateProfile> profiles,
        SpecConstraints constraints,
        RememberedPreferences? remembered = null)
    {
        var kept = new List<FoundCandidate>(found.Count);
        int place = 0, level = 0, avoided = 0;
        var avoidedAt = new List<string>();
        foreach (var candidate in found)
        {
            if (!profiles.TryGetValue(candidate.Id, out var profile))
            {
                continue;
            }

            if (remembered?.AvoidedEmployer(profile) is { } employer)
            {
                avoided++;
                if (!avoidedAt.Contains(employer, StringComparer.Ordinal))
                {
                    avoidedAt.Add(employer);
                }

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

        return (kept, new FilterReport(found.Count, kept.Count, place, level, avoided, avoided == 0 ? null : avoidedAt));
    }
}
