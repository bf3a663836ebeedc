using Hiring.Agents.Supervisor;
using Hiring.Contracts.Cluster;

namespace Hiring.Agents.Tests.Supervisor;

/// <summary>
/// After a failed state write the in-memory state is ahead of storage without the events that were to go with it, so a
/// writer that ends its activation on failure must never store that state later (the interleaving background pass's
/// write would otherwise apply a decision whose event was never written).
/// </summary>
public sealed class SerializedWriterTests
{
    [Fact]
    public async Task AfterAFailedWriteEveryLaterWriteIsRefusedAndTheActivationIsToldOnce()
    {
        var attempts = 0;
        var ended = 0;
        using var writer = new SerializedWriter(
            () => ++attempts == 1 ? Task.FromException(new TimeoutException("connection cut")) : Task.CompletedTask,
            () => ended++);

        await Assert.ThrowsAsync<TimeoutException>(writer.WriteAsync);
        var refused = await Assert.ThrowsAsync<StorageUnavailableException>(writer.WriteAsync);
        await Assert.ThrowsAsync<StorageUnavailableException>(writer.WriteAsync);

        Assert.Equal(1, attempts);
        Assert.Equal(1, ended);
        Assert.Contains("reloads", refused.Message, StringComparison.Ordinal);
        // What the activation holds is not shown either (an approval storage never had).
        Assert.Throws<StorageUnavailableException>(writer.ThrowIfRefusing);
    }

    [Fact]
    public async Task AWriterThatSucceededShowsItsState()
    {
        using var writer = new SerializedWriter(() => Task.CompletedTask, () => throw new InvalidOperationException("not ended"));

        await writer.WriteAsync();

        writer.ThrowIfRefusing();
        Assert.False(writer.Refusing);
    }

    [Fact]
    public async Task AWriterThatDoesNotEndItsActivationWritesAgainAfterAFailure()
    {
        var attempts = 0;
        using var writer = new SerializedWriter(() => ++attempts == 1 ? Task.FromException(new TimeoutException("connection cut")) : Task.CompletedTask);

        await Assert.ThrowsAsync<TimeoutException>(writer.WriteAsync);
        await writer.WriteAsync();

        Assert.Equal(2, attempts);
    }

    [Fact]
    public async Task WritesSentAtOnceRunOneAtATime()
    {
        var running = 0;
        var most = 0;
        using var writer = new SerializedWriter(async () =>
        {
            most = Math.Max(most, Interlocked.Increment(ref running));
            await Task.Delay(5);
            Interlocked.Decrement(ref running);
        });

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => writer.WriteAsync()));

        Assert.Equal(1, most);
    }
}
