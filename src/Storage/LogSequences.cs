namespace Hiring.Storage;

/// <summary>
/// The last sequence of each log stream the group writer appended to, so an append does not ask
/// SQLite for <c>MAX(sequence)</c> each time. Used only on the writer's thread. A value counts
/// only once its write is kept: a write's values are staged until its savepoint is released, and
/// a transaction's until it commits, so a rolled-back append never leaves a sequence behind. The
/// values are hints: another writer on the same file (a second silo) can append meanwhile, which
/// the append detects by its primary key and answers by reading the stream's end again
/// (<see cref="Forget"/>). Cleared when full rather than tracking recency.
/// </summary>
public sealed class LogSequences
{
    private const int MaxStreams = 65_536;
    private readonly Dictionary<string, long> _committed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _transaction = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _write = new(StringComparer.Ordinal);

    internal LogSequences()
    {
    }

    /// <summary>The stream's last sequence as this writer knows it, including the current write's appends.</summary>
    public bool TryGet(string streamKey, out long last) =>
        _write.TryGetValue(streamKey, out last) || _transaction.TryGetValue(streamKey, out last) || _committed.TryGetValue(streamKey, out last);

    /// <summary>Records the stream's last sequence for the current write.</summary>
    public void Set(string streamKey, long last) => _write[streamKey] = last;

    /// <summary>Drops what this writer knows of the stream: another writer appended to it.</summary>
    public void Forget(string streamKey)
    {
        _write.Remove(streamKey);
        _transaction.Remove(streamKey);
        _committed.Remove(streamKey);
    }

    internal void EndWrite(bool kept)
    {
        if (kept)
        {
            foreach (var (key, last) in _write)
            {
                _transaction[key] = last;
            }
        }

        _write.Clear();
    }

    internal void EndTransaction(bool committed)
    {
        if (committed)
        {
            if (_committed.Count + _transaction.Count > MaxStreams)
            {
                _committed.Clear();
            }

            foreach (var (key, last) in _transaction)
            {
                _committed[key] = last;
            }
        }

        _transaction.Clear();
        _write.Clear();
    }
}
