namespace Hiring.Storage;

/// <summary>An append expected a different last sequence: another writer appended first.</summary>
public sealed class LogSequenceConflictException : Exception
{
    public LogSequenceConflictException(string streamKey, long expected, long actual)
        : base($"Log '{streamKey}' was expected to end at sequence {expected} but ends at {actual}.")
    {
        StreamKey = streamKey;
        Expected = expected;
        Actual = actual;
    }

    public LogSequenceConflictException() { }

    public LogSequenceConflictException(string message) : base(message) { }

    public LogSequenceConflictException(string message, Exception inner) : base(message, inner) { }

    public string StreamKey { get; } = "";

    public long Expected { get; }

    public long Actual { get; }
}
