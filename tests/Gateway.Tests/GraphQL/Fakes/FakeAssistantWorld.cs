using System.Collections.Concurrent;
using Hiring.Agents.Identity;
using Hiring.Contracts.Supervisor;
using Hiring.Gateway.GraphQL.Assistant;
using Hiring.Gateway.GraphQL.Auth;
using Hiring.Gateway.GraphQL.Subscriptions;

namespace Hiring.Gateway.Tests.GraphQL.Fakes;

/// <summary>Both seams of the gateway, in memory: what the supervisor grain and its stream will provide.</summary>
public sealed class FakeAssistantWorld : IAssistantDirectory, IAssistantEventSource
{
    private readonly ConcurrentDictionary<string, FakeRecruiter> _recruiters = new(StringComparer.Ordinal);

    public FakeRecruiter Recruiter(string tenant, string recruiter) =>
        _recruiters.GetOrAdd(GrainKeys.Recruiter(tenant, recruiter), key => new FakeRecruiter(key));

    public IRecruiterSupervisor For(RecruiterIdentity identity) => new FakeSupervisor(Recruiter(identity.Tenant, identity.Recruiter));

    public Task<IReadOnlyList<AssistantEvent>> ReadAfterAsync(RecruiterIdentity identity, long afterSequence, int max, CancellationToken cancellationToken) =>
        Recruiter(identity.Tenant, identity.Recruiter).ReadAfterAsync(afterSequence, max);

    public Task<long> LastSequenceAsync(RecruiterIdentity identity, CancellationToken cancellationToken) =>
        Task.FromResult(Recruiter(identity.Tenant, identity.Recruiter).LastSequence);

    public Task<IAsyncDisposable> SubscribeLiveAsync(RecruiterIdentity identity, Func<AssistantEvent, Task> onEvent, CancellationToken cancellationToken) =>
        Task.FromResult(Recruiter(identity.Tenant, identity.Recruiter).SubscribeLive(onEvent));
}
