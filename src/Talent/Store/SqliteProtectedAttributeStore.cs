using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace Hiring.Talent.Store;

/// <summary>Protected attributes in the embedded SQLite file, in a table apart from the profiles.</summary>
public sealed class SqliteProtectedAttributeStore(ProfileStoreInitializer initializer) : IProtectedAttributeStore
{
    public async Task UpsertAsync(TalentPoolScope scope, IReadOnlyList<KeyValuePair<string, ProtectedAttributes>> attributes, CancellationToken cancellationToken = default)
    {
        if (attributes.Count == 0)
        {
            return;
        }

        await initializer.EnsureCreatedAsync(cancellationToken);
        await using var connection = await initializer.Database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT OR REPLACE INTO talent_protected_attributes (pool, id, gender, age_band, name_group) VALUES ($pool, $id, $g, $a, $n)";
        command.Parameters.AddWithValue("$pool", ProfileStoreSchema.Partition(scope));
        var id = command.Parameters.Add("$id", SqliteType.Text);
        var gender = command.Parameters.Add("$g", SqliteType.Text);
        var ageBand = command.Parameters.Add("$a", SqliteType.Text);
        var nameGroup = command.Parameters.Add("$n", SqliteType.Text);
        command.Prepare();
        foreach (var (profileId, value) in attributes)
        {
            id.Value = profileId;
            gender.Value = value.Gender;
            ageBand.Value = value.AgeBand;
            nameGroup.Value = value.NameGroup;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<ProtectedAttributes?> GetAsync(TalentPoolScope scope, string id, CancellationToken cancellationToken = default)
    {
        await initializer.EnsureCreatedAsync(cancellationToken);
        await using var connection = await initializer.Database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT gender, age_band, name_group FROM talent_protected_attributes WHERE pool = $pool AND id = $id";
        command.Parameters.AddWithValue("$pool", ProfileStoreSchema.Partition(scope));
        command.Parameters.AddWithValue("$id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new ProtectedAttributes(reader.GetString(0), reader.GetString(1), reader.GetString(2)) : null;
    }

    public async IAsyncEnumerable<KeyValuePair<string, ProtectedAttributes>> ReadAllAsync(TalentPoolScope scope, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await initializer.EnsureCreatedAsync(cancellationToken);
        await using var connection = await initializer.Database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, gender, age_band, name_group FROM talent_protected_attributes WHERE pool = $pool ORDER BY id";
        command.Parameters.AddWithValue("$pool", ProfileStoreSchema.Partition(scope));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new(reader.GetString(0), new ProtectedAttributes(reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        }
    }
}
