namespace Hiring.Storage;

/// <summary>One appended record of an append-only log (events, ledgers, memory).</summary>
public sealed record LogEntry(string StreamKey, long Sequence, string Type, string Payload, DateTimeOffset RecordedAt)
{
    /// <summary>The type a redacted entry is left with (see <see cref="ILogStore.RedactAsync"/>); never read back.</summary>
    public const string RedactedType = "redacted";
}
