namespace Hiring.Agents.Sourcing;

/// <summary>A query that found a candidate who reached Contacted or beyond, as kept in the recruiter's query history.</summary>
/// <param name="Query">The boolean query as run.</param>
/// <param name="Title">The canonical title of the role it was run for.</param>
/// <param name="Project">The project key.</param>
/// <param name="Candidate">The candidate it found.</param>
/// <param name="Stage">The stage the candidate reached (Contacted, Replied, Screening, Interviewing, Hired).</param>
public sealed record QueryOutcome(string Query, string Title, string Project, string Candidate, string Stage);
