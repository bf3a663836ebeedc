using Hiring.Agents.Persistence;
using Hiring.Agents.Streaming;
using Hiring.Storage;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime.Hosting;

namespace Hiring.Agents.Hosting;

/// <summary>The assistant event streams: Orleans memory streams, subscriptions kept in SQLite.</summary>
public static class HiringStreamsExtensions
{
    /// <summary>
    /// Memory streams carry live events between silo and gateway; the event log in SQLite is the
    /// source of truth for anything a subscriber missed, so nothing depends on the stream keeping events.
    /// </summary>
    public static ISiloBuilder AddHiringStreams(this ISiloBuilder silo)
    {
        silo.AddMemoryStreams(AssistantStreams.Provider);
        silo.Services.AddGrainStorage(AssistantStreams.PubSubStore, (sp, _) => ActivatorUtilities.CreateInstance<SqliteGrainStorage>(sp));
        return silo;
    }
}
