namespace Hiring.Gateway.Cli.Bench;

/// <summary>
/// What <see cref="DurablePostLoad"/> measured: acknowledged posts over the posting window, and the
/// whole run until every acknowledged message was planned and answered (the backlog drained).
/// </summary>
public sealed record DurablePostResult(
    long Acked, long Refused, double PostSeconds, double PostCpuSeconds, double DrainedSeconds, double DrainedCpuSeconds, Percentiles Latency,
    long AllocatedBytes, int Collections, double GcPauseSeconds, double JitSeconds, long Writes, long Commits)
{
    public double PostsPerSecond => Acked / PostSeconds;

    /// <summary>Process CPU per acknowledged post while posting, the work the posts triggered meanwhile included.</summary>
    public double PostCpuMs => PostCpuSeconds * 1000 / Acked;

    /// <summary>Messages posted and fully processed per second, from the first post until the backlog drained.</summary>
    public double ProcessedPerSecond => Acked / DrainedSeconds;

    /// <summary>Process CPU per message from its post to its completed plan.</summary>
    public double MessageCpuMs => DrainedCpuSeconds * 1000 / Acked;

    /// <summary>Bytes the whole process allocated per message, from its post to its completed plan: what the garbage collector has to reclaim.</summary>
    public double MessageAllocatedKb => AllocatedBytes / 1024.0 / Acked;

    /// <summary>Share of the wall time the garbage collector held every thread, from the first post until the backlog drained.</summary>
    public double GcPausedShare => GcPauseSeconds / DrainedSeconds;

    /// <summary>Share of the process's CPU the JIT spent compiling (tiering up) meanwhile: not a cost of the messages, a sign the warm-up was short.</summary>
    public double JitCpuShare => DrainedCpuSeconds == 0 ? 0 : JitSeconds / DrainedCpuSeconds;

    /// <summary>Durable writes per message, its post included: each one a wait for a group commit of the SQLite writer.</summary>
    public double WritesPerMessage => (double)Writes / Acked;

    /// <summary>Writes the group writer committed together, on average.</summary>
    public double WritesPerCommit => Commits == 0 ? 0 : (double)Writes / Commits;
}
