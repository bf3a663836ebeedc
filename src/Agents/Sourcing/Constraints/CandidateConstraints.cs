using Hiring.Contracts.Projects;
using Hiring.Contracts.Talent;
using Hiring.Talent.Search;

namespace Hiring.Agents.Sourcing.Constraints;

/// <summary>Reads a job spec's constraints, over the one location seam every check goes through and the talent taxonomy's titles.</summary>
public sealed class CandidateConstraints(ILocationMatcher places, TalentTaxonomy taxonomy)
{
    /// <param name="spec">The job spec as it stands (a refinement changes it, and with it the constraints).</param>
    /// <param name="bounds">Rungs the recruiter's feedback ruled out, when the spec names no seniority.</param>
    public SpecConstraints For(JobSpec spec, LevelBounds? bounds = null) => new(spec, places, taxonomy, bounds);

    /// <summary>Whether someone living at <paramref name="location"/> is in the place as written ("Lisbon", "Munich, DE", "DE", "Bay Area"), by any of its names.</summary>
    public LocationMatch LivesIn(Location location, string place) =>
        places.Match(new JobSpec(string.Empty, string.Empty, string.Empty, [place], RemotePolicy.Unspecified, EmploymentType.Unspecified, string.Empty, []), location);
}
