using Hiring.Contracts.Agents;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Scheduling;
using Hiring.Contracts.Supervisor;

namespace Hiring.Gateway.Tests.GraphQL.Fakes;

/// <summary>
/// Behaves like the supervisor grain at its boundary, without a cluster: unknown ids are refused with
/// NOT_FOUND (and a revealing message the gateway must hide). Orleans takes any class implementing a
/// grain interface for a grain class, so a host that has this type in its assemblies leaves it out of
/// the silo with <see cref="KeepOutOfTheSilo"/>.
/// </summary>
public sealed class FakeSupervisor(FakeRecruiter recruiter) : IRecruiterSupervisor
{
    /// <summary>Removes the fake from the silo's grain classes: a test double, never one the silo may activate.</summary>
    public static IServiceCollection KeepOutOfTheSilo(IServiceCollection services) =>
        services.PostConfigure<Orleans.Configuration.GrainTypeOptions>(o => o.Classes.Remove(typeof(FakeSupervisor)));

    public async Task<PostAck> Post(MessageEnvelope envelope)
    {
        Check();
        if (envelope.ProjectId is { } project && !recruiter.Projects.Contains(project))
        {
            throw new AssistantRefusalException(RefusalCodes.NotFound, $"Project {project} is not in {recruiter.Key}.");
        }

        PostAck ack;
        lock (recruiter.Posted)
        {
            if (recruiter.Posted.TryGetValue(envelope.ClientMessageId, out var earlier))
            {
                return earlier with { Duplicate = true };
            }

            ack = new PostAck(envelope.ClientMessageId, recruiter.Posted.Count + 1, DateTimeOffset.UtcNow, false);
            recruiter.Posted[envelope.ClientMessageId] = ack;
            recruiter.Envelopes.Add(envelope);
        }

        await recruiter.PublishAsync(AssistantEventKind.MessageReceived, envelope.Text);
        await recruiter.PublishAsync(AssistantEventKind.Reply, "On it: " + envelope.Text);
        return ack;
    }

    /// <summary>Candidates' notices come from outreach agents, which the GraphQL tests never reach.</summary>
    public Task RecordCandidateNotices(IReadOnlyList<Hiring.Contracts.Outreach.CandidateNotice> notices) => Task.CompletedTask;

    /// <summary>The gateway never hands steps to sub-agents, so no report ever arrives here.</summary>
    public Task StepFinished(StepReport report) => Task.CompletedTask;

    /// <summary>Erasure reaches real assistants through the silo, never this fake: it holds no one.</summary>
    public Task<bool> EraseCandidate(Hiring.Contracts.Privacy.ErasedPerson person) => Task.FromResult(false);

    public Task<IReadOnlyList<AssistantEvent>> EventsAfter(long sequence, int max)
    {
        Check();
        return recruiter.ReadAfterAsync(sequence, max, runHook: false);
    }

    public async Task<long> LastSequence()
    {
        Check();
        var events = await recruiter.ReadAfterAsync(0, int.MaxValue, runHook: false);
        return events.Count == 0 ? 0 : events[^1].Sequence;
    }

    public Task<IReadOnlyList<ApprovalRequest>> Approvals(bool pendingOnly)
    {
        Check();
        return Task.FromResult<IReadOnlyList<ApprovalRequest>>([.. recruiter.Approvals.Where(a => !pendingOnly || a.Status == ApprovalStatus.Pending)]);
    }

    public Task<ApprovalRequest> Decide(string approvalId, ApprovalDecision decision)
    {
        Check();
        var index = recruiter.Approvals.FindIndex(a => a.Id == approvalId);
        if (index < 0)
        {
            throw new AssistantRefusalException(RefusalCodes.NotFound, $"Approval {approvalId} does not exist for {recruiter.Key}.");
        }

        if (recruiter.Approvals[index].Status != ApprovalStatus.Pending)
        {
            throw new AssistantRefusalException(RefusalCodes.AlreadyDecided, $"Approval {approvalId} is already decided.");
        }

        var decided = recruiter.Approvals[index] with
        {
            Status = decision.Verdict == ApprovalVerdict.Reject ? ApprovalStatus.Rejected : ApprovalStatus.Approved,
            Decision = decision,
        };
        recruiter.Approvals[index] = decided;
        return Task.FromResult(decided);
    }

    public Task RecordPipelineChange(PipelineChange change)
    {
        Check();
        recruiter.PipelineChanges.Add(change);
        return Task.CompletedTask;
    }

    public Task<ApprovalPolicy> GetPolicy()
    {
        Check();
        return Task.FromResult(new ApprovalPolicy(new Dictionary<ApprovalAction, ApprovalMode>(recruiter.Policy)));
    }

    public Task<ApprovalPolicy> SetPolicy(ApprovalAction action, ApprovalMode mode)
    {
        Check();
        recruiter.Policy[action] = mode;
        return GetPolicy();
    }

    public Task<RecruiterAvailability?> GetAvailability()
    {
        Check();
        return Task.FromResult(recruiter.Availability);
    }

    public Task<RecruiterAvailability> SetAvailability(RecruiterAvailability availability)
    {
        Check();
        recruiter.Availability = availability;
        return Task.FromResult(availability);
    }

    public Task<ConversationPage> Conversation(long? before, int max)
    {
        Check();
        var turns = recruiter.Turns.Where(t => before is null || t.Sequence < before).TakeLast(max).ToList();
        return Task.FromResult(new ConversationPage(turns, turns.Count > 0 && turns[0].Sequence > 1 ? turns[0].Sequence : null));
    }

    private void Check()
    {
        if (recruiter.Failure is { } failure)
        {
            throw failure;
        }
    }
}
