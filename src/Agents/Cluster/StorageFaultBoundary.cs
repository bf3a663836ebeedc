using System.Data.Common;
using Hiring.Contracts.Cluster;

namespace Hiring.Agents.Cluster;

/// <summary>
/// Every grain call passes here on its way out: a database driver's exception (PostgreSQL's or SQLite's) leaves the grain
/// as a <see cref="StorageUnavailableException"/>, which every caller can receive, on this silo or another. The
/// grain's own code still sees the driver's exception; only the answer to its caller changes.
/// </summary>
public sealed class StorageFaultBoundary : IIncomingGrainCallFilter
{
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        try
        {
            await context.Invoke();
        }
        catch (DbException e)
        {
            throw Translate(e);
        }
    }

    /// <summary>The stand-in for a driver's exception: its message and type name, without the driver's object graph.</summary>
    public static StorageUnavailableException Translate(DbException e) =>
        new($"The database could not complete the call: {e.Message}") { DriverError = e.GetType().Name };
}
