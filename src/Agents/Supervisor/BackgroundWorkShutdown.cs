using Microsoft.Extensions.Logging;

namespace Hiring.Agents.Supervisor;

/// <summary>
/// Ends every grain's <see cref="BackgroundWork"/> first when the silo stops, while streams, grains
/// and storage still work: no new pass starts, running passes are cancelled (each finishes the step
/// it is in and persists, or leaves the step accepted for the next activation), and the stop waits
/// for them. Without it passes kept running into the stopped stream provider, the deactivating
/// grains and, once the host gave up waiting, the disposed database.
/// </summary>
public sealed partial class BackgroundWorkShutdown(ILogger<BackgroundWorkShutdown> logger) : ILifecycleParticipant<ISiloLifecycle>, IDisposable
{
    /// <summary>Above <see cref="ServiceLifecycleStage.Active"/>, where stream providers stop: stopping runs from the highest stage down.</summary>
    public const int Stage = ServiceLifecycleStage.Active + 100;

    private readonly CancellationTokenSource _stopping = new();
    private readonly TaskCompletionSource _drained = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _running;

    /// <summary>Cancelled once the silo starts stopping.</summary>
    public CancellationToken Stopping => _stopping.Token;

    /// <summary>Counts a pass in; false once stopping (the pass must not start).</summary>
    public bool TryEnter()
    {
        Interlocked.Increment(ref _running);
        if (!_stopping.IsCancellationRequested)
        {
            return true;
        }

        Exit();
        return false;
    }

    /// <summary>Counts a pass out.</summary>
    public void Exit()
    {
        if (Interlocked.Decrement(ref _running) == 0 && _stopping.IsCancellationRequested)
        {
            _drained.TrySetResult();
        }
    }

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(BackgroundWorkShutdown), Stage, _ => Task.CompletedTask, StopAsync);

    public void Dispose() => _stopping.Dispose();

    private async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        if (Volatile.Read(ref _running) == 0)
        {
            return;
        }

        try
        {
            await _drained.Task.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The host's shutdown timeout: the passes still running end with their grains.
            LogStillRunning(logger, Volatile.Read(ref _running));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The silo stopped waiting for {Count} background passes; their steps resume on the next start")]
    private static partial void LogStillRunning(ILogger logger, int count);
}
