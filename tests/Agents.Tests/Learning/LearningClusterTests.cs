using Hiring.Agents.Identity;
using Hiring.Agents.Tests.Evaluation.Support;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Learning;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;
using Hiring.Talent.Search;

namespace Hiring.Agents.Tests.Learning;

/// <summary>
/// Learning in the running product: a recruiter's consistent decisions become a proposal with its
/// evidence in the approvals inbox; nothing changes until they approve; approving adds the
/// qualification and re-scores the pipeline by it; rejecting changes nothing and is not asked again.
/// </summary>
public sealed class LearningClusterTests(LearningWorld world) : IClassFixture<LearningWorld>
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);
    private static readonly TalentTaxonomy Taxonomy = TalentTaxonomy.LoadDefault();

    [Fact]
    public async Task AConsistentPatternOfDecisionsIsProposedWithItsEvidenceChangesNothingUntilApprovedThenReRanksThePipeline()
    {
        using var scope = TenantScope.For("acme");
        var (project, supervisor, skill, holders, others) = await StartAsync("lea", "lea.backend");

        // The recruiter keeps the people who list the skill and archives those who don't, without ever saying why.
        foreach (var id in holders.Take(12))
        {
            await project.Move(id, PipelineStage.Shortlisted, "acme/lea", "looks good");
        }

        foreach (var id in others.Take(12))
        {
            await project.Move(id, PipelineStage.Archived, "acme/lea", "not for this team");
        }

        var approval = await ProposalAsync(supervisor, skill);
        Assert.Equal((AgentKind.Learning, ApprovalAction.ApplyQualificationChange, "lea.backend"), (approval.Agent, approval.Action, approval.ProjectId));
        Assert.Contains($"Add {skill} as a nice-to-have", approval.Summary, StringComparison.Ordinal);
        Assert.Contains($"12 of the 12 candidates you moved forward or liked list {skill}", approval.Inputs[StepValueNames.Evidence], StringComparison.Ordinal);

        // Proposed is not applied: the qualifications and the scores are as they were.
        var before = await project.Snapshot();
        Assert.DoesNotContain(before.Qualifications, q => q.Subject == skill);
        Assert.All(before.Pipeline, e => Assert.Null(e.Score));

        await supervisor.Decide(approval.Id, new ApprovalDecision(ApprovalVerdict.Approve));

        var active = holders.Skip(12).Concat(others.Skip(12)).Concat(holders.Take(12)).ToHashSet();
        await Wait.UntilAsync(async () => (await project.Snapshot()).Pipeline.Where(e => active.Contains(e.CandidateId)).All(e => e.Score is not null), Patience, "the pipeline scored again");
        var added = Assert.Single(await project.ApprovedQualifications(), q => q.Subject == skill);
        Assert.Equal((QualificationKind.NiceToHave, QualificationOrigin.Learning), (added.Kind, added.Origin));
        var after = await project.Snapshot();
        var scores = after.Pipeline.Where(e => e.Stage == PipelineStage.Sourced).ToDictionary(e => e.CandidateId, e => e.Score!.Value);
        var holding = scores.Where(s => holders.Contains(s.Key)).Select(s => s.Value).ToList();
        var lacking = scores.Where(s => others.Contains(s.Key)).Select(s => s.Value).ToList();
        Assert.True(holding.Average() > lacking.Average(), $"holders {holding.Average():0.000} should outrank the others {lacking.Average():0.000}");
    }

    [Fact]
    public async Task ARejectedProposalChangesNothingAndIsNotAskedAgainAndTheAssistantsOwnMovesTeachNothing()
    {
        using var scope = TenantScope.For("acme");
        var (project, supervisor, skill, holders, others) = await StartAsync("ron", "ron.backend");

        // The assistant's own shortlist is not the recruiter's preference.
        foreach (var id in holders.Take(6))
        {
            await project.Move(id, PipelineStage.Shortlisted, "assistant", "strong match", ActionOrigin.Agent);
        }

        foreach (var id in others.Take(6))
        {
            await project.Move(id, PipelineStage.Archived, "assistant", "weak match", ActionOrigin.Agent);
        }

        await project.RecordActions([new RecruiterAction(RecruiterActionKind.Viewed, holders[6], "acme/ron", ActionOrigin.Recruiter, default)]);
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Empty(await supervisor.Approvals(pendingOnly: false));

        foreach (var id in holders.Skip(6).Take(12))
        {
            await project.RecordActions([new RecruiterAction(RecruiterActionKind.ThumbsUp, id, "acme/ron", ActionOrigin.Recruiter, default)]);
        }

        foreach (var id in others.Skip(6).Take(12))
        {
            await project.RecordActions([new RecruiterAction(RecruiterActionKind.ThumbsDown, id, "acme/ron", ActionOrigin.Recruiter, default)]);
        }

        var approval = await ProposalAsync(supervisor, skill);
        await supervisor.Decide(approval.Id, new ApprovalDecision(ApprovalVerdict.Reject, Note: "the team doesn't care about that"));

        // More of the same decisions: the rejected proposal is not offered again, and nothing was added.
        foreach (var id in holders.Skip(18).Take(2))
        {
            await project.RecordActions([new RecruiterAction(RecruiterActionKind.ThumbsUp, id, "acme/ron", ActionOrigin.Recruiter, default)]);
        }

        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.DoesNotContain(await supervisor.Approvals(pendingOnly: true), a => a.Agent == AgentKind.Learning && a.Summary.Contains(skill, StringComparison.Ordinal));
        Assert.DoesNotContain(await project.ApprovedQualifications(), q => q.Subject == skill);
        Assert.Contains(await project.Actions(null, 100), a => a.Kind == RecruiterActionKind.Archived && a.Origin == ActionOrigin.Agent);
    }

    private async Task<(IHiringProject Project, IRecruiterSupervisor Supervisor, string Skill, List<string> Holders, List<string> Others)> StartAsync(string recruiter, string projectId)
    {
        var owner = $"acme/{recruiter}";
        var project = world.Cluster.Client.GetGrain<IHiringProject>(GrainKeys.Project("acme", projectId));
        var qualifications = new[] { Quals.Skill("q1", "go") };
        await project.Create(owner, new JobSpec("Backend Engineer", "backend engineer", "", [], RemotePolicy.Remote, EmploymentType.FullTime, "", [], null), qualifications);
        await project.Decide(new QualificationChange(["q1"], [], []));

        // The hidden preference: the skill that splits the pool most evenly (and is not the role's must-have).
        var skills = world.People.ToDictionary(p => p.Id, p => p.Skills.Select(Taxonomy.CanonicalSkill).ToHashSet());
        var skill = skills.Values.SelectMany(s => s).Where(s => s != "go").Distinct()
            .OrderBy(s => Math.Abs(skills.Values.Count(v => v.Contains(s)) - (LearningWorld.Engineers / 2)))
            .ThenBy(s => s, StringComparer.Ordinal)
            .First();
        var holders = skills.Where(p => p.Value.Contains(skill)).Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
        var others = skills.Where(p => !p.Value.Contains(skill)).Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
        Assert.True(holders.Count >= 20 && others.Count >= 18, $"{skill}: {holders.Count} hold it, {others.Count} don't");
        await project.AddCandidates([.. world.People.Select(p => new SourcedCandidate(p.Id, "found", 0.5))], "assistant");
        return (project, world.Cluster.Client.GetGrain<IRecruiterSupervisor>(owner), skill, holders, others);
    }

    private static async Task<ApprovalRequest> ProposalAsync(IRecruiterSupervisor supervisor, string skill)
    {
        ApprovalRequest? found = null;
        IReadOnlyList<ApprovalRequest> all = [];
        try
        {
            await Wait.UntilAsync(
                async () => (found = (all = await supervisor.Approvals(pendingOnly: false)).FirstOrDefault(a => a is { Agent: AgentKind.Learning, Status: ApprovalStatus.Pending } && a.Summary.Contains($"Add {skill} as a nice-to-have", StringComparison.Ordinal))) is not null,
                Patience,
                $"a learning proposal to add {skill} in the approvals inbox");
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message} Approvals: {string.Join(" | ", all.Select(a => $"{a.Agent} {a.Status}: {a.Summary}"))}", e);
        }

        return found!;
    }
}
