namespace Hiring.Agents.Sourcing;

/// <summary>A profile one or more strategies found, merged across their queries.</summary>
/// <param name="Id">The profile id.</param>
/// <param name="Pool">The pool it came from ("public" or the tenant).</param>
/// <param name="CurrentTitle">The current title, for calibration and display.</param>
/// <param name="CurrentCompany">The current employer.</param>
/// <param name="OpenToWork">Whether the person says they are open to work.</param>
/// <param name="Score">Rank fusion score across the strategies' queries.</param>
/// <param name="Strategies">The strategies whose queries found it, first finder first.</param>
/// <param name="Matched">What matched, from the search's why-matched ("skill: go, kubernetes").</param>
/// <param name="FirstQuery">The query that found it first, credited when the candidate is later contacted or hired.</param>
public sealed record FoundCandidate(
    string Id,
    string Pool,
    string CurrentTitle,
    string CurrentCompany,
    bool OpenToWork,
    double Score,
    IReadOnlyList<string> Strategies,
    IReadOnlyList<string> Matched,
    string FirstQuery);
