namespace Hiring.Storage;

/// <summary>
/// Append-only logs keyed by stream (for example an event log per recruiter or an evidence
/// ledger per project). Sequence numbers start at 1 and have no gaps within a stream. Appends are
/// applied in the order they are called: one called after another has returned its task takes later
/// sequences, even before either has committed, so a writer can queue its next append without
/// waiting for the last. An entry can be redacted (its personal content removed, for a candidate's
/// erasure): it keeps its sequence, so the stream stays gapless and appends go on after it, but it
/// is never read back.
/// </summary>
public interface ILogStore
{
    /// <summary>Appends one entry and returns the sequence it was given.</summary>
    Task<long> AppendAsync(string streamKey, string type, string payload, CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends entries atomically. When <paramref name="expectedLastSequence"/> is given and differs
    /// from the sequence of the stream's last entry a reader can see (redacted entries are not read,
    /// so they do not count), nothing is written and <see cref="LogSequenceConflictException"/> is thrown.
    /// </summary>
    Task<long> AppendAsync(string streamKey, IReadOnlyList<(string Type, string Payload)> entries, long? expectedLastSequence = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends entries to several streams in one transaction: all are written or none. Each entry
    /// takes the next sequence of its stream, in list order; returns the sequence of each entry.
    /// </summary>
    Task<IReadOnlyList<long>> AppendAsync(IReadOnlyList<LogAppend> entries, CancellationToken cancellationToken = default);

    /// <summary>Reads up to <paramref name="max"/> entries with a sequence greater than <paramref name="afterSequence"/>, oldest first.</summary>
    Task<IReadOnlyList<LogEntry>> ReadAfterAsync(string streamKey, long afterSequence, int max, CancellationToken cancellationToken = default);

    /// <summary>Reads up to <paramref name="max"/> entries with a sequence less than <paramref name="beforeSequence"/> (the newest ones), oldest first.</summary>
    Task<IReadOnlyList<LogEntry>> ReadBeforeAsync(string streamKey, long beforeSequence, int max, CancellationToken cancellationToken = default);

    /// <summary>The stream's last sequence (redacted entries included), or 0 when empty.</summary>
    Task<long> LastSequenceAsync(string streamKey, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the type and payload of the stream's entries at <paramref name="sequences"/> with
    /// <see cref="LogEntry.RedactedType"/> and an empty payload, in one transaction; their sequences
    /// and times stay, and reads skip them from then on. Sequences the stream does not hold are
    /// ignored; redacting again changes nothing. Returns how many entries were redacted now.
    /// </summary>
    Task<int> RedactAsync(string streamKey, IReadOnlyCollection<long> sequences, CancellationToken cancellationToken = default);

    /// <summary>The keys of every stream that starts with <paramref name="prefix"/>, in ordinal order ("" lists them all).</summary>
    Task<IReadOnlyList<string>> StreamKeysAsync(string prefix, CancellationToken cancellationToken = default);
}
