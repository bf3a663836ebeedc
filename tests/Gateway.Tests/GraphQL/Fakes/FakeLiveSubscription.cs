namespace Hiring.Gateway.Tests.GraphQL.Fakes;

public sealed class FakeLiveSubscription(Action unsubscribe) : IAsyncDisposable
{
    public ValueTask DisposeAsync()
    {
        unsubscribe();
        return ValueTask.CompletedTask;
    }
}
