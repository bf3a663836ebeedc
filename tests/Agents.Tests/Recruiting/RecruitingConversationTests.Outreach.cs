using Hiring.Agents.Identity;
using Hiring.Agents.Outreach.Contacts;
using Hiring.Agents.Tests.Outreach.Drafting.Support;
using Hiring.Agents.Tests.Supervisor;
using Hiring.Contracts.Outreach;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;
using Hiring.Storage;
using Hiring.Talent.Synthetic;
using Microsoft.Extensions.DependencyInjection;

namespace Hiring.Agents.Tests.Recruiting;

// The outreach part of the conversation, on the same world (a part of the class, so the pool is seeded once).
public sealed partial class RecruitingConversationTests
{
    private const string Edit = "\n\nPS: happy to share more about the team.";

    [Fact]
    public async Task OutreachToTheTopTwoAsksToSendEachMessageThenDeliversBothAndMovesThemToContacted()
    {
        using var scope = TenantScope.For("acme");
        const string recruiter = "acme/oli";
        const string projectId = "oli.outreach";
        var project = world.Cluster.Client.GetGrain<IHiringProject>(GrainKeys.Project("acme", projectId));
        await project.Create(recruiter, Jobs.Backend, Jobs.BackendQualifications);
        await project.Decide(new QualificationChange([.. Jobs.BackendQualifications.Select(q => q.Id)], [], []));
        var seniors = world.Planted.Where(p => p.Value.Seniority == Seniority.Senior).Select(p => p.Key).Take(3).ToList();
        await project.AddCandidates([.. seniors.Select((id, i) => new SourcedCandidate(id, "planted", 0.9 - (0.1 * i)))], recruiter);
        var supervisor = world.Cluster.Client.GetGrain<IRecruiterSupervisor>(recruiter);

        await supervisor.Post(new MessageEnvelope("o-1", "draft a message to the top 2", projectId));
        for (var i = 0; i < 2; i++)
        {
            await Wait.UntilAsync(
                async () => (await supervisor.Approvals(pendingOnly: true)).Count > 0 || (await supervisor.EventsAfter(0, 500)).Any(e => e.Kind is AssistantEventKind.PlanCompleted or AssistantEventKind.PlanFailed),
                Patience,
                $"send approval {i + 1} is asked for");
            var pending = await supervisor.Approvals(pendingOnly: true);
            Assert.True(pending.Count == 1, await DescribeAsync(supervisor, "m1"));
            var approval = pending[0];
            Assert.Equal((ApprovalAction.Send, PlanActions.SendMessage), (approval.Action, approval.StepAction));
            Assert.Equal(seniors[i], approval.Inputs[StepValueNames.Candidates]);
            Assert.Contains("first message to", approval.Summary, StringComparison.Ordinal);
            // The first goes as drafted; the second as the recruiter edits it in the inbox.
            await supervisor.Decide(approval.Id, i == 0
                ? new ApprovalDecision(ApprovalVerdict.Approve)
                : new ApprovalDecision(ApprovalVerdict.Edit, new Dictionary<string, string> { [StepValueNames.Text] = approval.Inputs[StepValueNames.Text] + Edit }));
        }

        var done = await supervisor.WaitForAsync(e => e.Kind is AssistantEventKind.PlanCompleted or AssistantEventKind.PlanFailed, "the outreach plan ended", Patience);
        Assert.True(done.Kind == AssistantEventKind.PlanCompleted, done.Text);
        await using var talent = world.OpenTalent();
        var ledger = await ContactLedger.LoadAsync("acme", talent.GetRequiredService<ILogStore>(), TimeProvider.System);
        var sent = seniors.Take(2).Select(id => Assert.Single(ledger.Index.Thread(ContactIds.Thread(projectId, id)))).ToList();
        Assert.All(sent, m => Assert.Equal(ContactStatus.Delivered, ledger.Index.StatusOf(m.Id)));
        Assert.EndsWith(Edit, sent[1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Edit, sent[0].Text, StringComparison.Ordinal);
        Assert.Empty(ledger.Index.Thread(ContactIds.Thread(projectId, seniors[2])));
        var pipeline = (await project.Snapshot()).Pipeline.ToDictionary(e => e.CandidateId);
        Assert.Equal([PipelineStage.Contacted, PipelineStage.Contacted, PipelineStage.Sourced], seniors.Select(id => pipeline[id].Stage));
        Assert.Equal("you approved a message", pipeline[seniors[0]].Moves[^1].Why);
    }
}
