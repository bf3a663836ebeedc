using Hiring.Contracts.Supervisor;

namespace Hiring.Gateway.GraphQL.Schema;

/// <summary>Emits one event (or none) and completes: the source of one resolution of the subscription's selection.</summary>
public sealed class SingleEventObservable(AssistantEvent? assistantEvent) : IObservable<AssistantEvent?>
{
    public static SingleEventObservable Empty { get; } = new(null);

    public IDisposable Subscribe(IObserver<AssistantEvent?> observer)
    {
        if (assistantEvent is not null)
        {
            observer.OnNext(assistantEvent);
        }

        observer.OnCompleted();
        return NoSubscription.Instance;
    }

    private sealed class NoSubscription : IDisposable
    {
        public static readonly NoSubscription Instance = new();

        public void Dispose()
        {
        }
    }
}
