using Hiring.Agents.Projects;
using Hiring.Contracts.Projects;

namespace Hiring.Agents.Tests.Projects;

/// <summary>A project's phase is the most advanced one its qualifications and pipeline have reached.</summary>
public sealed class ProjectProgressTests
{
    private static readonly Qualification Proposed = new("q1", "Go", QualificationKind.MustHave, 1, 1, false, PolicyVerdict.Ok, QualificationOrigin.Request, QualificationCategory.Skill, "go");
    private static readonly Qualification Approved = Proposed with { Approved = true };

    [Theory]
    [InlineData(false, "", ProjectPhase.Intake)]
    [InlineData(true, "", ProjectPhase.Sourcing)]
    [InlineData(true, "Sourced,Archived", ProjectPhase.Sourcing)]
    [InlineData(false, "Sourced", ProjectPhase.Sourcing)]
    [InlineData(true, "Sourced,Calibration", ProjectPhase.Calibration)]
    [InlineData(true, "Calibration,Interviewing", ProjectPhase.Shortlisted)]
    [InlineData(true, "Shortlisted,Hired", ProjectPhase.Hired)]
    public void ThePhaseIsTheMostAdvancedOneReached(bool approved, string stages, ProjectPhase expected)
    {
        var pipeline = stages.Split(',', StringSplitOptions.RemoveEmptyEntries).Select((s, i) => new PipelineEntry($"c{i}", Enum.Parse<PipelineStage>(s), [])).ToList();

        Assert.Equal(expected, ProjectProgress.PhaseOf([approved ? Approved : Proposed], pipeline));
    }

    [Fact]
    public void ARefusedQualificationDoesNotEndIntake()
    {
        var refused = Approved with { Policy = new PolicyVerdict(false, "age", "years of experience", "age") };

        Assert.Equal(ProjectPhase.Intake, ProjectProgress.PhaseOf([refused], []));
    }

    [Fact]
    public void StageCountsHoldOnlyStagesWithSomeoneInStageOrder()
    {
        PipelineStage[] stages = [PipelineStage.Calibration, PipelineStage.Sourced, PipelineStage.Calibration, PipelineStage.Archived];

        var counts = ProjectProgress.StageCounts(stages.Select((s, i) => new PipelineEntry($"c{i}", s, [])));

        Assert.Equal([new StageCount(PipelineStage.Sourced, 1), new StageCount(PipelineStage.Archived, 1), new StageCount(PipelineStage.Calibration, 2)], counts);
    }
}
