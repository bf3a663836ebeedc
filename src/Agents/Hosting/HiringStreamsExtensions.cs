using Hiring.Agents.Cluster;
using Hiring.Agents.Streaming;

namespace Hiring.Agents.Hosting;

/// <summary>The assistant event streams: Orleans memory streams, subscriptions kept in the Hiring grain storage.</summary>
public static class HiringStreamsExtensions
{
    /// <summary>
    /// Memory streams carry live events between silo and gateway; the event log is the source of truth for
    /// anything a subscriber missed, so nothing depends on the stream keeping events. Subscriptions are kept
    /// where grain state is (SQLite, or PostgreSQL in cluster mode, where every silo must see them).
    /// </summary>
    public static ISiloBuilder AddHiringStreams(this ISiloBuilder silo, ClusterSettings? cluster = null)
    {
        silo.AddMemoryStreams(AssistantStreams.Provider);
        silo.AddHiringGrainStorage(AssistantStreams.PubSubStore, cluster ?? ClusterSettings.Embedded);
        return silo;
    }
}
