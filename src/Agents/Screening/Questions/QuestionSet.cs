using Hiring.Contracts.Reasoning;
using Hiring.Contracts.Screening;

namespace Hiring.Agents.Screening.Questions;

/// <summary>A candidate's screening questions and what wrote them.</summary>
public sealed record QuestionSet(IReadOnlyList<ScreeningQuestion> Questions, Provenance Provenance);
