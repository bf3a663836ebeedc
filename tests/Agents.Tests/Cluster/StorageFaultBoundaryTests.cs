using Hiring.Agents.Tests.Support;
using Hiring.Agents.Tests.TestGrains;
using Hiring.Contracts.Cluster;

namespace Hiring.Agents.Tests.Cluster;

/// <summary>A database fault inside a grain reaches its caller at once, as an error the caller can read (on the product's wiring).</summary>
[Collection(SqliteClusterCollection.Name)]
public sealed class StorageFaultBoundaryTests(ClusterFixture fixture)
{
    [Fact]
    public async Task ADriverExceptionReachesTheCallerAsStorageUnavailableWithItsMessageInsteadOfALostAnswer()
    {
        // Without the boundary Orleans finds no codec for the driver's exception, drops the answer, and the caller waits
        // out its response timeout; this wait is shorter, so that would fail here as a TimeoutException.
        var call = fixture.Cluster.Client.GetGrain<IStorageFaultProbeGrain>("probe").FailWithPostgres("Exception while writing to stream");

        var fault = await Assert.ThrowsAsync<StorageUnavailableException>(() => call.WaitAsync(TimeSpan.FromSeconds(20)));

        Assert.Equal(("The database could not complete the call: Exception while writing to stream", "NpgsqlException"), (fault.Message, fault.DriverError));
    }
}
