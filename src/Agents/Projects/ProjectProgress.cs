using Hiring.Contracts.Projects;

namespace Hiring.Agents.Projects;

/// <summary>A project at a glance, from its qualifications and pipeline: the phase it has reached and who stands where.</summary>
public static class ProjectProgress
{
    /// <summary>Stages from Shortlisted to Interviewing: someone there makes the project shortlisted.</summary>
    private static readonly PipelineStage[] Shortlist =
        [PipelineStage.Shortlisted, PipelineStage.Contacted, PipelineStage.Replied, PipelineStage.Screening, PipelineStage.Interviewing];

    public static ProjectOverview Of(ProjectSnapshot project) => new(
        project.ProjectId,
        PhaseOf(project.Qualifications, project.Pipeline),
        StageCounts(project.Pipeline),
        project.Spec?.Locations is [var first, ..] ? first : null);

    /// <summary>The most advanced phase reached: hired, shortlisted, calibrating, sourcing, else intake.</summary>
    public static ProjectPhase PhaseOf(IReadOnlyList<Qualification> qualifications, IReadOnlyCollection<PipelineEntry> pipeline)
    {
        var stages = pipeline.Select(e => e.Stage).ToHashSet();
        if (stages.Contains(PipelineStage.Hired))
        {
            return ProjectPhase.Hired;
        }

        if (stages.Overlaps(Shortlist))
        {
            return ProjectPhase.Shortlisted;
        }

        if (stages.Contains(PipelineStage.Calibration))
        {
            return ProjectPhase.Calibration;
        }

        // A project sourced on the role alone has candidates without any qualification: it is past intake.
        return qualifications.Any(q => q.Approved && q.Policy.Allowed) || pipeline.Count > 0 ? ProjectPhase.Sourcing : ProjectPhase.Intake;
    }

    /// <summary>Candidates per stage, only stages with someone, in <see cref="PipelineStage"/> order.</summary>
    public static IReadOnlyList<StageCount> StageCounts(IEnumerable<PipelineEntry> pipeline) =>
        [.. pipeline.GroupBy(e => e.Stage).OrderBy(g => g.Key).Select(g => new StageCount(g.Key, g.Count()))];
}
