using Hiring.Agents.Sourcing.Constraints;
using Hiring.Agents.Sourcing.Remembered;
using Hiring.Contracts.Projects;
using Hiring.Reasoning.Tasks;

namespace Hiring.Agents.Sourcing;

/// <summary>One search or calibration: whose pools, which role, which plan, whom never to return, how many.</summary>
/// <param name="Tenant">The tenant whose private pool is searched besides the public one.</param>
/// <param name="Spec">The job spec.</param>
/// <param name="Plan">The query plan.</param>
/// <param name="Excluded">Ids never to return (pipeline, archived, erased).</param>
/// <param name="Count">How many candidates to return.</param>
/// <param name="History">The recruiter's past queries for the role that led to contacts or hires.</param>
/// <param name="Context">Who the reasoning call is for.</param>
/// <param name="Constraints">The spec's place and level, which every hit must meet.</param>
/// <param name="Preferences">What the recruiter's feedback taught the ranking.</param>
/// <param name="Remembered">The recruiter's kept memories the search follows: skills that rank up, companies to avoid.</param>
public sealed record SourcingRequest(
    string? Tenant,
    JobSpec Spec,
    QueryPlan Plan,
    IReadOnlySet<string> Excluded,
    int Count,
    IReadOnlyList<(string Query, int Successes)> History,
    ReasoningContext Context,
    SpecConstraints Constraints,
    SourcingPreferences? Preferences = null,
    RememberedPreferences? Remembered = null);
