using Hiring.Contracts.Learning;
using Hiring.Contracts.Projects;

namespace Hiring.Agents.Learning;

/// <summary>What a move to a stage says about the candidate, as an action (a move back to Sourced or to Calibration says nothing).</summary>
public static class StageActions
{
    public static RecruiterActionKind? For(PipelineStage to) => to switch
    {
        PipelineStage.Shortlisted => RecruiterActionKind.Shortlisted,
        PipelineStage.Contacted or PipelineStage.Replied or PipelineStage.Screening or PipelineStage.Interviewing => RecruiterActionKind.Advanced,
        PipelineStage.Hired => RecruiterActionKind.Hired,
        PipelineStage.Archived => RecruiterActionKind.Archived,
        _ => null,
    };
}
