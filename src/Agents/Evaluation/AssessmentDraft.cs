using Hiring.Contracts.Evaluation;

namespace Hiring.Agents.Evaluation;

/// <summary>A verdict with its evidence, before it is stamped with candidate, qualification, provenance and time.</summary>
public sealed record AssessmentDraft(AssessmentVerdict Verdict, IReadOnlyList<EvidenceQuote> Evidence, string Rationale, double? Years = null);
