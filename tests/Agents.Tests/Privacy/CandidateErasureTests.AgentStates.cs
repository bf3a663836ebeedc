using Hiring.Agents.Identity;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Memory;
using Hiring.Contracts.Privacy;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Tests.Privacy;

/// <summary>Erasure reaches what the agents keep in their own state: drafts, approvals, plans, step records, memories.</summary>
public sealed partial class CandidateErasureTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task AnErasedCandidatesDraftPendingSendFinishedStepsAndMemoriesLeaveEveryAgentAndAnotherCandidatesStay()
    {
        const string Tenant = "er-state";
        var sao = (await world.PipelineOfAsync(Tenant, ("em-sao", "Saoirse Vandermeer"), ("em-kwa", "Kwabena Mensah"))).People[0];
        using var scope = TenantScope.For(Tenant);
        var supervisor = world.Cluster.Client.GetGrain<IRecruiterSupervisor>(GrainKeys.Recruiter(Tenant, "rita"));
        var memory = world.Cluster.Client.GetGrain<IRecruiterMemory>(GrainKeys.Recruiter(Tenant, "rita"));
        var hers = await DraftAsync(supervisor, "s-1", "draft a message to Saoirse Vandermeer", "Saoirse Vandermeer");
        var his = await DraftAsync(supervisor, "s-2", "draft a message to Kwabena Mensah", "Kwabena Mensah");
        await supervisor.Post(new MessageEnvelope("s-3", "please remember that Saoirse Vandermeer only wants remote roles"));
        await Wait.UntilAsync(async () => (await memory.List()).Any(m => m.Text.Contains("Saoirse", StringComparison.Ordinal)), Patience, "the memory of Saoirse was kept");
        Assert.Contains(world.StatesOf(Tenant), row => row.Contains("Saoirse", StringComparison.Ordinal));
        await AnotherTenantCannotEraseAsync(supervisor, world.Cluster.Client.GetGrain<IOutreachAgent>(GrainKeys.Project(Tenant, "p1")), new ErasedPerson(sao.Id, [sao.Name], [sao.Email!]));

        var erasure = await world.Eraser.EraseAsync(Tenant, sao.Id, $"{Tenant}/ops");

        Assert.True(erasure.StatesRedacted >= 3, $"{erasure.StatesRedacted} states redacted");
        var approvals = await supervisor.Approvals(pendingOnly: false);
        var withdrawn = Assert.Single(approvals, a => a.Id == hers.Id);
        Assert.Equal(ApprovalStatus.Withdrawn, withdrawn.Status);
        var still = Assert.Single(await supervisor.Approvals(pendingOnly: true));
        Assert.Equal((his.Id, his.Summary), (still.Id, still.Summary));
        Assert.Equal(his.Inputs, still.Inputs);
        await Wait.UntilAsync(async () => (await supervisor.EventsAfter(0, 500)).Any(e => e.Kind == AssistantEventKind.PlanCompleted && e.PlanId == hers.PlanId), Patience, "her plan ended");
        Assert.DoesNotContain(await memory.List(), m => m.Text.Contains("Saoirse", StringComparison.Ordinal));
        var states = world.StatesOf(Tenant);
        Assert.DoesNotContain(states, r => r.Contains("Saoirse", StringComparison.OrdinalIgnoreCase) || r.Contains("Vandermeer", StringComparison.OrdinalIgnoreCase) || r.Contains(sao.Email!, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(states, r => r.Contains("outreach", StringComparison.Ordinal) && r.Contains("Hi Kwabena", StringComparison.Ordinal));

        var again = await world.Eraser.EraseAsync(Tenant, sao.Id, $"{Tenant}/ops");
        Assert.Equal(0, again.StatesRedacted);
    }

    /// <summary>Erasing from a tenant's agents is refused to another tenant, like any call to them, and changes nothing.</summary>
    private static async Task AnotherTenantCannotEraseAsync(IRecruiterSupervisor supervisor, IOutreachAgent outreach, ErasedPerson person)
    {
        using var other = TenantScope.For("er-other");
        Assert.Equal(RefusalCodes.NotFound, (await Assert.ThrowsAsync<AssistantRefusalException>(() => supervisor.EraseCandidate(person))).Code);
        Assert.Equal(RefusalCodes.NotFound, (await Assert.ThrowsAsync<AssistantRefusalException>(() => outreach.EraseCandidate(person))).Code);
    }

    /// <summary>Asks for a draft and returns the send approval it waits on, which names the candidate.</summary>
    private static async Task<ApprovalRequest> DraftAsync(IRecruiterSupervisor supervisor, string messageId, string text, string name)
    {
        await supervisor.Post(new MessageEnvelope(messageId, text, "p1"));
        await Wait.UntilAsync(async () => (await supervisor.Approvals(pendingOnly: true)).Any(a => a.Summary.Contains(name, StringComparison.Ordinal)), Patience, $"the send approval for {name}");
        return (await supervisor.Approvals(pendingOnly: true)).Single(a => a.Summary.Contains(name, StringComparison.Ordinal));
    }
}
