namespace Hiring.Agents.Cluster;

/// <summary>Where the silo keeps membership, grain state and reminders.</summary>
public enum ClusterProvider
{
    /// <summary>One node; grain state and reminders in the data folder's SQLite file (the default).</summary>
    Embedded,

    /// <summary>An Orleans cluster: membership, grain state and reminders in PostgreSQL through Orleans' ADO.NET providers.</summary>
    Postgres,
}
