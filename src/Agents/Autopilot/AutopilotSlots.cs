using Microsoft.Extensions.Options;

namespace Hiring.Agents.Autopilot;

/// <summary>
/// The silo's batch slots, shared by every project's runs: at most <see cref="AutopilotOptions.Concurrency"/>
/// batches at once. Waiters are let in in the order they came (the semaphore's asynchronous waiters
/// are first in, first out), and a run asks again for each batch, so runs take turns batch by batch
/// and no project starves another however many batches it has.
/// </summary>
public sealed class AutopilotSlots(IOptions<AutopilotOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(Math.Max(1, options.Value.Concurrency));

    /// <summary>Waits for a slot; disposing the result gives it back.</summary>
    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        return new Slot(_slots);
    }

    public void Dispose() => _slots.Dispose();

    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                slots.Release();
            }
        }
    }
}
