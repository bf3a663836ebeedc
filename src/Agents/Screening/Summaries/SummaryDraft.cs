using Hiring.Contracts.Reasoning;
using Hiring.Contracts.Screening;

namespace Hiring.Agents.Screening.Summaries;

/// <summary>A screen's summary and what wrote it (the built-in summarizer, or a model with the reason it was not used).</summary>
public sealed record SummaryDraft(ScreeningSummary Summary, Provenance Provenance);
