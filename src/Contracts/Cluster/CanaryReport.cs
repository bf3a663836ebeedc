namespace Hiring.Contracts.Cluster;

/// <summary>What a <see cref="IClusterCanary"/> holds, and the silo that answered.</summary>
/// <param name="Note">The stored note; null before the first write.</param>
/// <param name="Silo">The address of the silo the canary is active on (host:port@generation).</param>
/// <param name="Armed">Whether its reminder is armed and has not fired yet.</param>
/// <param name="FiredOn">The silo its reminder fired on; null until it fires.</param>
[GenerateSerializer, Immutable, Alias("hiring.cluster.canary-report")]
public sealed record CanaryReport(
    [property: Id(0)] string? Note,
    [property: Id(1)] string Silo,
    [property: Id(2)] bool Armed,
    [property: Id(3)] string? FiredOn);
