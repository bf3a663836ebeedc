namespace Hiring.Agents.Cluster;

/// <summary>The cluster canary's durable state.</summary>
[GenerateSerializer, Alias("hiring.cluster.canary-state")]
public sealed class CanaryState
{
    [Id(0)]
    public string? Note { get; set; }

    [Id(1)]
    public bool Armed { get; set; }

    [Id(2)]
    public string? FiredOn { get; set; }
}
