using Hiring.Agents.Identity;
using Hiring.Agents.Outreach.Channels;
using Hiring.Agents.Outreach.Contacts;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Outreach;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Supervisor;
using Microsoft.Extensions.DependencyInjection;

namespace Hiring.Agents.Tests.Privacy;

/// <summary>A candidate who asks "how did you find me?" on their page is answered from their records, after the recruiter's approval; once erased, from nothing.</summary>
public sealed partial class CandidateErasureTests
{
    [Fact]
    public async Task ACandidateWhoAsksHowWeFoundThemIsAnsweredFromTheirRecordsOnceApprovedAndNothingIsDraftedAfterErasure()
    {
        const string Tenant = "er-how";
        var (people, project) = await world.PipelineOfAsync(Tenant, ("em-ines", "Ines Provenzano"), ("em-teo", "Teodor Brandt"));
        var ines = people[0];
        using var scope = TenantScope.For(Tenant);
        var rita = GrainKeys.Recruiter(Tenant, "rita");
        await project.AddNote(ines.Id, "Internal: the hiring manager finds her too expensive", rita);
        var ledgers = world.Services.GetRequiredService<ContactLedgers>();
        var first = (await ledgers.SenderFor(await ledgers.OpenAsync(Tenant)).SendAsync(
            new OutreachSend("how-1", ines.Id, "p1", ContactKind.FirstOutreach, OutreachChannelNames.BuiltIn, "A Go role", "Hi Ines, a Go role in Berlin."))).Message!;
        var supervisor = world.Cluster.Client.GetGrain<IRecruiterSupervisor>(rita);

        await world.Cluster.Client.GetGrain<IOutreachAgent>(GrainKeys.Project(Tenant, "p1")).ReceiveReply(new CandidateReplyInput(first.ThreadId, first.Id, "tok-1", "Thanks. how did u get my email?"));

        await Wait.UntilAsync(async () => (await supervisor.Approvals(pendingOnly: true)).Count > 0, Patience, "the answer's send approval");
        var approval = Assert.Single(await supervisor.Approvals(pendingOnly: true));
        Assert.Equal((ApprovalAction.Send, PlanActions.SendMessage), (approval.Action, approval.StepAction));
        var answer = approval.Inputs[StepValueNames.Text];
        Assert.StartsWith("Hi Ines,", answer, StringComparison.Ordinal);
        Assert.Contains("it came from our applicant tracking system", answer, StringComparison.Ordinal);
        Assert.Contains("a search for the Go Developer role, which looked for go, berlin.", answer, StringComparison.Ordinal);
        Assert.Contains("erase your details", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("expensive", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("Teodor", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("ats.csv", answer, StringComparison.Ordinal);

        await supervisor.Decide(approval.Id, new ApprovalDecision(ApprovalVerdict.Approve));
        var inbox = world.Services.GetRequiredService<ICandidateInbox>();
        await Wait.UntilAsync(async () => (await inbox.ReadThreadAsync(Tenant, first.ThreadId)).Count == 2, Patience, "the answer reached her page");
        Assert.Equal(answer, (await inbox.ReadThreadAsync(Tenant, first.ThreadId))[^1].Text);

        await world.Eraser.EraseAsync(Tenant, ines.Id, $"{Tenant}/ops");
        var asked = await supervisor.Post(new MessageEnvelope("how-after", "A candidate asked how we found them.", "p1", HowFound: new AskedHowFound(ines.Id)));
        var plan = $"m{asked.InboxSequence}";
        await Wait.UntilAsync(async () => (await supervisor.EventsAfter(0, 500)).Any(e => e.Kind == AssistantEventKind.PlanCompleted && e.PlanId == plan), Patience, "the question after erasure was handled");
        var said = (await supervisor.EventsAfter(0, 500)).Last(e => e.Kind == AssistantEventKind.StepCompleted && e.PlanId == plan).Text;
        Assert.Contains("nothing to answer from", said, StringComparison.Ordinal);
        Assert.Empty(await supervisor.Approvals(pendingOnly: true));
    }
}
