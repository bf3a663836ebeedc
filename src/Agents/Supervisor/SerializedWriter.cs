namespace Hiring.Agents.Supervisor;

/// <summary>
/// Serializes state writes of a grain whose calls interleave with its background work, so two
/// writes never race on one ETag.
/// </summary>
public sealed class SerializedWriter(Func<Task> write) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task WriteAsync()
    {
        await _gate.WaitAsync();
        try
        {
            await write();
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
