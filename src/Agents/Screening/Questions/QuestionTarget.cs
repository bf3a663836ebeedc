using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Projects;

namespace Hiring.Agents.Screening.Questions;

/// <summary>A qualification a screen should ask about, with what the evaluation found and whether it is a must-have.</summary>
public sealed record QuestionTarget(Qualification Qualification, AssessmentVerdict Verdict, bool Essential)
{
    /// <summary>The evaluation could not confirm it: every set of questions must ask about it.</summary>
    public bool Unconfirmed => Verdict is AssessmentVerdict.Partial or AssessmentVerdict.Unknown;
}
