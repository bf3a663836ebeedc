using Hiring.Storage;

namespace Hiring.Talent.Store;

/// <summary>Creates the talent tables once per process, on the first call that needs them.</summary>
public sealed class ProfileStoreInitializer(SqliteDatabase database)
{
    private readonly Lock _lock = new();
    private Task? _creation;

    public SqliteDatabase Database => database;

    public Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            // A failed attempt is not cached: the next caller tries again.
            if (_creation is null || _creation.IsFaulted || _creation.IsCanceled)
            {
                _creation = CreateAsync(cancellationToken);
            }

            return _creation;
        }
    }

    private async Task CreateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = ProfileStoreSchema.Create;
        await command.ExecuteNonQueryAsync(cancellationToken);

        command.CommandText = "SELECT count(*) FROM pragma_table_info('talent_profiles') WHERE name = 'change'";
        if ((long)(await command.ExecuteScalarAsync(cancellationToken))! == 0)
        {
            command.CommandText = ProfileStoreSchema.ChangeColumn;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        command.CommandText = ProfileStoreSchema.ChangeIndex;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
