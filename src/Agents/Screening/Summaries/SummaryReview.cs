using Hiring.Contracts.Screening;

namespace Hiring.Agents.Screening.Summaries;

/// <summary>A summary after <see cref="SummaryCheck"/>: only verbatim quotes are left, and the quotes that were not are named.</summary>
public sealed record SummaryReview(ScreeningSummary Summary, IReadOnlyList<string> Rejected);
