using GraphQL;

namespace Hiring.Gateway.GraphQL.Subscriptions;

/// <summary>Captures the first result of a subscription execution whose source emits at most one event.</summary>
public sealed class FirstResultObserver : IObserver<ExecutionResult>
{
    private readonly TaskCompletionSource<ExecutionResult?> _first = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<ExecutionResult?> First => _first.Task;

    public void OnNext(ExecutionResult value) => _first.TrySetResult(value);

    public void OnError(Exception error) => _first.TrySetException(error);

    public void OnCompleted() => _first.TrySetResult(null);
}
