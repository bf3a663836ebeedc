using Hiring.Contracts.Projects;
using Hiring.Contracts.Talent;

namespace Hiring.Evals.Suites.Evaluation;

/// <summary>One evaluation case ready to run: the profile (imported or drawn from the pool), the requirements as the recruiter wrote them, and the verdict each expects.</summary>
/// <param name="Profile">The profile, before masking.</param>
/// <param name="Requirements">Each requirement's words, kind and expected verdict ("met", "not-met", "partial", "unknown").</param>
/// <param name="Spec">The job spec whose constraints are checked too, when the case has one.</param>
public sealed record EvaluationCase(CandidateProfile Profile, IReadOnlyList<(string Text, QualificationKind Kind, string Expect)> Requirements, JobSpec? Spec = null);
