using System.Runtime.CompilerServices;
using Hiring.Talent;
using Hiring.Talent.Store;
using Npgsql;

namespace Hiring.Agents.Cluster;

/// <summary>Protected attributes in cluster mode (hiring_talent_protected_attributes, talent-postgres.sql), as <see cref="SqliteProtectedAttributeStore"/> keeps them.</summary>
public sealed class PostgresProtectedAttributeStore(NpgsqlDataSource dataSource) : IProtectedAttributeStore
{
    private const string UpsertSql = """
        INSERT INTO hiring_talent_protected_attributes (pool, id, gender, age_band, name_group)
        SELECT @pool, i, g, a, n FROM unnest(@ids, @genders, @ages, @names) AS r(i, g, a, n)
        ON CONFLICT (pool, id) DO UPDATE SET gender = EXCLUDED.gender, age_band = EXCLUDED.age_band, name_group = EXCLUDED.name_group
        """;

    public async Task UpsertAsync(TalentPoolScope scope, IReadOnlyList<KeyValuePair<string, ProtectedAttributes>> attributes, CancellationToken cancellationToken = default)
    {
        if (attributes.Count == 0)
        {
            return;
        }

        // One statement may not change a row twice: the last of an id given twice wins, as with the embedded store.
        var latest = attributes.GroupBy(a => a.Key, StringComparer.Ordinal).Select(g => g.Last()).ToList();
        await using var command = dataSource.CreateCommand(UpsertSql);
        command.Parameters.AddWithValue("pool", ProfileStoreSchema.Partition(scope));
        command.Parameters.AddWithValue("ids", latest.Select(a => a.Key).ToArray());
        command.Parameters.AddWithValue("genders", latest.Select(a => a.Value.Gender).ToArray());
        command.Parameters.AddWithValue("ages", latest.Select(a => a.Value.AgeBand).ToArray());
        command.Parameters.AddWithValue("names", latest.Select(a => a.Value.NameGroup).ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<ProtectedAttributes?> GetAsync(TalentPoolScope scope, string id, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("SELECT gender, age_band, name_group FROM hiring_talent_protected_attributes WHERE pool = @pool AND id = @id");
        command.Parameters.AddWithValue("pool", ProfileStoreSchema.Partition(scope));
        command.Parameters.AddWithValue("id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new ProtectedAttributes(reader.GetString(0), reader.GetString(1), reader.GetString(2)) : null;
    }

    public async IAsyncEnumerable<KeyValuePair<string, ProtectedAttributes>> ReadAllAsync(TalentPoolScope scope, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("SELECT id, gender, age_band, name_group FROM hiring_talent_protected_attributes WHERE pool = @pool ORDER BY id");
        command.Parameters.AddWithValue("pool", ProfileStoreSchema.Partition(scope));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new(reader.GetString(0), new ProtectedAttributes(reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        }
    }
}
