using Hiring.Contracts.Cluster;

namespace Hiring.Agents.Supervisor;

/// <summary>
/// Serializes state writes of a grain whose calls interleave with its background work, so two
/// writes never race on one ETag.
/// </summary>
/// <remarks>
/// Given <paramref name="failed"/>, a failed write also ends what the writer serves: the in-memory state is then ahead
/// of storage (a decision made, a step started) without the events that were to be written with it, and any later write
/// would store it without them. So <paramref name="failed"/> is told once (the grain deactivates) and every later write
/// is refused, as if the process had died at the failure; the next activation reads what storage holds.
/// </remarks>
public sealed class SerializedWriter(Func<Task> write, Action? failed = null) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _refusing;

    /// <summary>Whether a write failed and the writer now refuses every write.</summary>
    public bool Refusing => _refusing;

    /// <summary>
    /// Throws when the writer refuses: what the activation holds is then ahead of storage and must not be shown or built on
    /// (an approval that storage never had, say); the caller tries again and reaches the next activation.
    /// </summary>
    public void ThrowIfRefusing()
    {
        if (_refusing)
        {
            throw new StorageUnavailableException("An earlier state write failed; this activation writes nothing more and the next one reloads the state.");
        }
    }

    public async Task WriteAsync()
    {
        await _gate.WaitAsync();
        try
        {
            ThrowIfRefusing();
            await write();
        }
        catch when (failed is not null && !_refusing)
        {
            _refusing = true;
            failed();
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
