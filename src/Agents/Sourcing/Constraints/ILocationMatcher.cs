using Hiring.Contracts.Projects;
using Hiring.Contracts.Talent;

namespace Hiring.Agents.Sourcing.Constraints;

/// <summary>
/// The one seam where sourcing, calibration, evaluation and the shortlist gate decide whether where
/// a person lives is within a job spec's places (or its remote scope). Every location check goes
/// through it, so the gazetteer's place matcher replaces one implementation and nothing else.
/// </summary>
public interface ILocationMatcher
{
    /// <summary>What the spec asks of a candidate's location, for search terms and for the recruiter.</summary>
    SpecPlaces PlacesOf(JobSpec spec);

    /// <summary>Whether someone living at <paramref name="location"/> is within the spec's places or remote scope.</summary>
    LocationMatch Match(JobSpec spec, Location location);
}
