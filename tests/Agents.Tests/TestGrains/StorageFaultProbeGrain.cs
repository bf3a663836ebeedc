using Npgsql;

namespace Hiring.Agents.Tests.TestGrains;

public sealed class StorageFaultProbeGrain : Grain, IStorageFaultProbeGrain
{
    public Task FailWithPostgres(string message) => throw new NpgsqlException(message, new IOException("Connection reset by peer"));
}
