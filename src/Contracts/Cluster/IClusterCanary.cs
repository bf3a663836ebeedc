namespace Hiring.Contracts.Cluster;

/// <summary>
/// A canary for the cluster itself (key: any name): it keeps a note in grain storage and arms a one-shot
/// reminder, and says which silo served each call and which silo its reminder fired on, so an operator
/// (or the failover test) can check that state and reminders outlive the silo they started on. It holds
/// no tenant's data.
/// </summary>
[Alias("hiring.cluster.canary")]
public interface IClusterCanary : IGrainWithStringKey
{
    /// <summary>Stores <paramref name="note"/> durably before returning.</summary>
    Task<CanaryReport> Write(string note);

    /// <summary>What is stored, read on whichever silo the canary is active.</summary>
    Task<CanaryReport> Read();

    /// <summary>Arms a reminder that first fires after <paramref name="dueTime"/>; its first tick is recorded, then it is removed.</summary>
    Task<CanaryReport> Arm(TimeSpan dueTime);
}
