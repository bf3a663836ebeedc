using Hiring.Contracts.Supervisor;
using Hiring.Gateway.GraphQL.Auth;

namespace Hiring.Gateway.GraphQL.Subscriptions;

/// <summary>
/// Where a recruiter's assistant events come from: the durable event log for replay and the live
/// stream for what happens next. Production reads the supervisor grain and the Orleans stream.
/// </summary>
public interface IAssistantEventSource
{
    /// <summary>Events with a sequence greater than <paramref name="afterSequence"/>, oldest first, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<AssistantEvent>> ReadAfterAsync(RecruiterIdentity identity, long afterSequence, int max, CancellationToken cancellationToken);

    /// <summary>The sequence of the newest event in the log (0 when it is empty).</summary>
    Task<long> LastSequenceAsync(RecruiterIdentity identity, CancellationToken cancellationToken);

    /// <summary>Calls <paramref name="onEvent"/> for each event published from now on, until the result is disposed.</summary>
    Task<IAsyncDisposable> SubscribeLiveAsync(RecruiterIdentity identity, Func<AssistantEvent, Task> onEvent, CancellationToken cancellationToken);
}
