namespace Hiring.Agents.Cluster;

/// <summary>Where the silo keeps membership, grain state, reminders and the append-only logs.</summary>
public enum ClusterProvider
{
    /// <summary>One node; grain state, reminders and logs in the data folder's SQLite file (the default).</summary>
    Embedded,

    /// <summary>An Orleans cluster: membership, grain state and reminders in PostgreSQL through Orleans' ADO.NET providers, logs in <see cref="PostgresLogStore"/>.</summary>
    Postgres,
}
