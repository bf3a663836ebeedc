using Hiring.Agents.Identity;
using Hiring.Agents.Tests.Supervisor;
using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Reasoning;
using Hiring.Agents.Tests.Sourcing;

namespace Hiring.Agents.Tests.Projects;

/// <summary>A hire teaches the tenant's history what such roles need: the approved qualifications the hire was last found to meet.</summary>
public sealed class HireHistoryTests
{
    private static readonly JobSpec Spec = new("Senior Go Developer", "go developer", "senior", ["Berlin"], RemotePolicy.Unspecified, EmploymentType.FullTime, "", []);
    private static readonly Provenance Engine = new(ReasoningEngine.BuiltIn, "test", "test", "1", ModelTier.Reasoning);

    [Fact]
    public async Task MovingACandidateToHiredRecordsTheHireWithWhatTheyMetForIntakesSuggestions()
    {
        using var scope = TenantScope.For("hires");
        using var data = new TempDataDirectory();
        await using var cluster = await SupervisorTestCluster.StartAsync(data.Path);
        var project = cluster.Client.GetGrain<IHiringProject>("hires/go-berlin");
        await project.Create("hires/ana", Spec, [Specs.Skill("q1", "go", approved: false), Specs.Skill("q2", "kubernetes", approved: false), Specs.Skill("q3", "rust", approved: false)]);
        await project.Decide(new QualificationChange(["q1", "q2", "q3"], [], []));
        await project.AddCandidates([new SourcedCandidate("ana", "Go")], "assistant");
        await project.RecordEvaluations([Evaluation(("q1", AssessmentVerdict.NotMet), ("q2", AssessmentVerdict.Met), ("q3", AssessmentVerdict.NotMet))]);
        await project.RecordEvaluations([Evaluation(("q1", AssessmentVerdict.Met), ("q2", AssessmentVerdict.Met), ("q3", AssessmentVerdict.Unknown))]);
        var history = cluster.Client.GetGrain<ITenantHistory>("hires");
        Assert.Empty(await history.PastHireSkills("go developer"));

        await project.Move("ana", PipelineStage.Interviewing, "hires/ana", "strong screen");
        Assert.Empty(await history.PastHireSkills("go developer"));
        await project.Move("ana", PipelineStage.Hired, "hires/ana", "offer accepted");

        Assert.Equal(["go", "kubernetes"], (await history.PastHireSkills("go developer")).Order());
        await cluster.StopAllSilosAsync();
    }

    private static CandidateEvaluation Evaluation(params (string Qualification, AssessmentVerdict Verdict)[] verdicts) =>
        new("ana", [.. verdicts.Select(v => new QualificationAssessment("ana", v.Qualification, 1, v.Verdict, [], "", null, Engine, DateTimeOffset.UtcNow))], 0.8, Recommendation.Possible, "", Engine);
}
