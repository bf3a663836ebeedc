using Hiring.Agents.Sourcing.Constraints;
using Hiring.Agents.Sourcing.Remembered;
using Hiring.Contracts.Projects;

namespace Hiring.Agents.Sourcing;

/// <summary>What every sourcing step works from: the project as it stands, its spec, the query plan, whom never to return, the constraints, and the owner's memories it follows.</summary>
public sealed record PreparedSearch(ProjectSnapshot Snapshot, JobSpec Spec, QueryPlan Plan, IReadOnlySet<string> Excluded, SpecConstraints Constraints, RememberedPreferences Remembered);
