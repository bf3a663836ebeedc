using Hiring.Agents.Identity;
using Hiring.Agents.Tests.Supervisor;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;
using Hiring.Contracts.Talent;
using Hiring.Talent;

namespace Hiring.Agents.Tests.Autopilot;

/// <summary>What happens to a project while its owner is away reaches the owner: a teammate's move, a changed profile.</summary>
public sealed class PipelineWatchTests(AutopilotWorld world) : IClassFixture<AutopilotWorld>
{
    [Fact]
    public async Task ATeammatesMoveOnTheOwnersProjectReachesTheOwnersStream()
    {
        const string tenant = "watch-move";
        var (project, _, owner) = await world.ProjectAsync(tenant);
        using var scope = TenantScope.For(tenant);
        await project.AddCandidates([new SourcedCandidate("c1", "found")], "assistant");

        await project.Move("c1", PipelineStage.Shortlisted, $"{tenant}/bo", "strong on infra");

        var told = await owner.WaitForAsync(e => e.Kind == AssistantEventKind.PipelineChanged, "the teammate's move told to the owner");
        Assert.Equal("bo moved c1 to Shortlisted: strong on infra", told.Text);
    }

    [Fact]
    public async Task AProfileChangedAfterTheCandidateLastMovedIsEvaluatedAgainByTheNextRun()
    {
        const string tenant = "watch-update";
        var (project, autopilot, _) = await world.ProjectAsync(tenant);
        using var scope = TenantScope.For(tenant);
        await autopilot.Configure(false, null, $"{tenant}/ana");
        var person = AutopilotPeople.Holders("upd", 1)[0];
        await world.Profiles.UpsertAsync(TalentPoolScope.Private(tenant), [person]);
        await AutopilotWorld.EndedAsync(autopilot, (await autopilot.RunNow($"{tenant}/ana")).Id);

        // They drop Kubernetes from their profile; the next run evaluates them again and the pipeline shows it.
        await world.Profiles.UpsertAsync(TalentPoolScope.Private(tenant), [person with { Skills = [.. person.Skills.Where(s => s != "Kubernetes")], UpdatedAt = DateTimeOffset.UtcNow.AddSeconds(1) }]);
        var run = await AutopilotWorld.EndedAsync(autopilot, (await autopilot.RunNow($"{tenant}/ana")).Id);

        Assert.Equal((1, 0, 1), (run.Counts.Scanned, run.Counts.Added, run.Counts.Updated));
        var latest = await project.LatestEvaluation(person.Id);
        Assert.Equal(Contracts.Evaluation.AssessmentVerdict.NotMet, latest!.Assessments.Single().Verdict);
        Assert.Contains("1 candidate in the pipeline changed their profile and was evaluated again", run.Digest, StringComparison.Ordinal);
    }
}
