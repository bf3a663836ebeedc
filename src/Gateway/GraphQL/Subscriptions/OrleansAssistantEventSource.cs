using Hiring.Agents.Streaming;
using Hiring.Contracts.Supervisor;
using Hiring.Gateway.GraphQL.Assistant;
using Hiring.Gateway.GraphQL.Auth;
using Orleans.Streams;

namespace Hiring.Gateway.GraphQL.Subscriptions;

/// <summary>Replay from the supervisor's event log; live from the <c>assistant/{tenant}/{recruiter}</c> stream via the co-hosted client.</summary>
public sealed class OrleansAssistantEventSource(IAssistantDirectory directory, IClusterClient client) : IAssistantEventSource
{
    public async Task<IReadOnlyList<AssistantEvent>> ReadAfterAsync(RecruiterIdentity identity, long afterSequence, int max, CancellationToken cancellationToken)
    {
        // The replay runs outside any GraphQL execution, so it acts for the principal here.
        using var scope = identity.Scope();
        return await directory.For(identity).EventsAfter(afterSequence, max);
    }

    public async Task<long> LastSequenceAsync(RecruiterIdentity identity, CancellationToken cancellationToken)
    {
        using var scope = identity.Scope();
        return await directory.For(identity).LastSequence();
    }

    public async Task<IAsyncDisposable> SubscribeLiveAsync(RecruiterIdentity identity, Func<AssistantEvent, Task> onEvent, CancellationToken cancellationToken)
    {
        var stream = client.GetStreamProvider(AssistantStreams.Provider)
            .GetStream<AssistantEvent>(AssistantStreams.ForRecruiter(identity.RecruiterKey));
        var handle = await stream.SubscribeAsync((e, _) => onEvent(e));
        return new StreamSubscription(handle);
    }
}
