using Hiring.Talent;
using Hiring.Talent.Store;
using Npgsql;

namespace Hiring.Agents.Cluster;

/// <summary>
/// The change feed of <see cref="PostgresProfileStore"/> for this node's index (<see cref="IProfileChangeFeed"/>):
/// each pool's stored profiles at their latest change and its tombstones at their erasure, by change number; woken by
/// the NOTIFY every write sends, on a connection of its own that LISTENs. When that connection breaks the feed falls
/// back to waiting the caller's timeout, and listens again on the next wait.
/// </summary>
public sealed class PostgresProfileFeed(NpgsqlDataSource dataSource) : IProfileChangeFeed, IAsyncDisposable, IDisposable
{
    private const string ReadSql = """
        SELECT change, id, payload FROM (
            SELECT change, id, payload FROM hiring_talent_profiles WHERE pool = @pool AND change > @after
            UNION ALL
            SELECT change, id, NULL FROM hiring_talent_tombstones WHERE pool = @pool AND change > @after
        ) AS c ORDER BY change LIMIT @max
        """;

    private NpgsqlConnection? _listener;

    public async Task<IReadOnlyDictionary<TalentPoolScope, long>> HeadsAsync(CancellationToken cancellationToken = default)
    {
        // Listening before reading: a change committed after this read then always wakes the next wait.
        await EnsureListeningAsync(cancellationToken);
        await using var command = dataSource.CreateCommand("SELECT pool, last FROM hiring_talent_changes");
        var heads = new Dictionary<TalentPoolScope, long>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            heads[ProfileStoreSchema.ScopeOf(reader.GetString(0))] = reader.GetInt64(1);
        }

        return heads;
    }

    public async Task<IReadOnlyList<PoolChange>> ReadAsync(TalentPoolScope scope, long after, int max, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        await using var command = dataSource.CreateCommand(ReadSql);
        command.Parameters.AddWithValue("pool", ProfileStoreSchema.Partition(scope));
        command.Parameters.AddWithValue("after", after);
        command.Parameters.AddWithValue("max", max);
        var changes = new List<PoolChange>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            changes.Add(new PoolChange(reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : ProfileRows.Profile(reader.GetString(2))));
        }

        return changes;
    }

    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        if (await EnsureListeningAsync(cancellationToken) is not { } listener)
        {
            await Task.Delay(timeout, cancellationToken);
            return;
        }

        try
        {
            await listener.WaitAsync(timeout, cancellationToken);
        }
        catch (Exception e) when (IsConnectionLoss(e))
        {
            await StopListeningAsync();
            await Task.Delay(timeout, cancellationToken);
        }
    }

    public ValueTask DisposeAsync() => StopListeningAsync();

    // A container disposed synchronously (a command's `using`) needs this.
    public void Dispose() => StopListeningAsync().AsTask().GetAwaiter().GetResult();

    private static bool IsConnectionLoss(Exception e) => e is NpgsqlException or IOException or TimeoutException or InvalidOperationException;

    /// <summary>The listening connection, opened when there is none; null (the caller polls) when the database does not answer.</summary>
    private async Task<NpgsqlConnection?> EnsureListeningAsync(CancellationToken cancellationToken)
    {
        if (_listener is not null)
        {
            return _listener;
        }

        NpgsqlConnection? connection = null;
        try
        {
            connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await using var listen = new NpgsqlCommand($"LISTEN {PostgresProfileStore.Channel}", connection);
            await listen.ExecuteNonQueryAsync(cancellationToken);
            return _listener = connection;
        }
        catch (Exception e) when (IsConnectionLoss(e))
        {
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }

            return null;
        }
    }

    private async ValueTask StopListeningAsync()
    {
        if (_listener is { } listener)
        {
            _listener = null;
            await listener.DisposeAsync();
        }
    }
}
