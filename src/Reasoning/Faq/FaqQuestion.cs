using Hiring.Contracts.Outreach;

namespace Hiring.Reasoning.Faq;

/// <summary>A candidate's question and the job's FAQ to answer it from.</summary>
public sealed record FaqQuestion(string Question, IReadOnlyList<FaqEntry> Faq, string JobTitle);
