using Hiring.Contracts.Autopilot;
using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Projects;

namespace Hiring.Agents.Autopilot;

/// <summary>What one batch found: where the feed stands after it, what to record and whom to add.</summary>
/// <param name="Cursors">Per pool, the last change this batch read.</param>
/// <param name="Exhausted">True when no pool had a change left to read.</param>
/// <param name="Counts">Profiles scanned and evaluated, matches added (strong among them), pipeline candidates evaluated again.</param>
/// <param name="Evaluations">Evaluations for the ledger: the matches' and the changed pipeline candidates'.</param>
/// <param name="Matches">Good matches to add as Sourced, with the reason.</param>
public sealed record AutopilotBatch(
    IReadOnlyDictionary<string, long> Cursors,
    bool Exhausted,
    AutopilotCounts Counts,
    IReadOnlyList<CandidateEvaluation> Evaluations,
    IReadOnlyList<SourcedCandidate> Matches);
