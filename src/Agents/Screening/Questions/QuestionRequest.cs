using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Projects;

namespace Hiring.Agents.Screening.Questions;

/// <summary>What a candidate's screening questions are written from.</summary>
/// <param name="Qualifications">The project's approved qualifications.</param>
/// <param name="Assessments">What the evaluation found for the candidate.</param>
/// <param name="Max">The most questions to write; null for all.</param>
public sealed record QuestionRequest(IReadOnlyList<Qualification> Qualifications, IReadOnlyList<QualificationAssessment> Assessments, int? Max = null);
