using Hiring.Agents.Sourcing.Constraints;
using Hiring.Contracts.Projects;

namespace Hiring.Agents.Sourcing;

/// <summary>What every sourcing step works from: the project as it stands, its spec, the query plan, whom never to return, and the constraints.</summary>
public sealed record PreparedSearch(ProjectSnapshot Snapshot, JobSpec Spec, QueryPlan Plan, IReadOnlySet<string> Excluded, SpecConstraints Constraints);
