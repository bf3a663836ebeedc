using Hiring.Storage;

namespace Hiring.Agents.Tests.Outreach.Contacts;

/// <summary>A log store that dies (throws) on the next append of one entry type, as a process stopped at that moment would leave the log.</summary>
internal sealed class CrashingLogStore(ILogStore inner, string crashOnType) : ILogStore
{
    private bool _crashed;

    public Task<long> AppendAsync(string streamKey, string type, string payload, CancellationToken cancellationToken = default) =>
        AppendAsync(streamKey, [(type, payload)], null, cancellationToken);

    public Task<long> AppendAsync(string streamKey, IReadOnlyList<(string Type, string Payload)> entries, long? expectedLastSequence = null, CancellationToken cancellationToken = default) =>
        !_crashed && entries.Any(e => e.Type == crashOnType) && (_crashed = true)
            ? throw new IOException($"The process stopped before '{crashOnType}' was written.")
            : inner.AppendAsync(streamKey, entries, expectedLastSequence, cancellationToken);

    public Task<IReadOnlyList<long>> AppendAsync(IReadOnlyList<LogAppend> entries, CancellationToken cancellationToken = default) => inner.AppendAsync(entries, cancellationToken);

    public Task<IReadOnlyList<LogEntry>> ReadAfterAsync(string streamKey, long afterSequence, int max, CancellationToken cancellationToken = default) =>
        inner.ReadAfterAsync(streamKey, afterSequence, max, cancellationToken);

    public Task<IReadOnlyList<LogEntry>> ReadBeforeAsync(string streamKey, long beforeSequence, int max, CancellationToken cancellationToken = default) =>
        inner.ReadBeforeAsync(streamKey, beforeSequence, max, cancellationToken);

    public Task<long> LastSequenceAsync(string streamKey, CancellationToken cancellationToken = default) => inner.LastSequenceAsync(streamKey, cancellationToken);

    public Task<int> RedactAsync(string streamKey, IReadOnlyCollection<long> sequences, CancellationToken cancellationToken = default) =>
        inner.RedactAsync(streamKey, sequences, cancellationToken);

    public Task<IReadOnlyList<string>> StreamKeysAsync(string prefix, CancellationToken cancellationToken = default) => inner.StreamKeysAsync(prefix, cancellationToken);
}
