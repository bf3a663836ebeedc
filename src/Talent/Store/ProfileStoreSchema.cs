namespace Hiring.Talent.Store;

/// <summary>The talent tables, created on first use beside the grain state in the one SQLite file.</summary>
internal static class ProfileStoreSchema
{
    /// <summary>The shape of the profile JSON in the payload column; bump it when the JSON changes incompatibly.</summary>
    public const int ProfileJsonVersion = 1;

    public const string Create = """
        -- A rowid table: profile rows are kilobytes, too large for WITHOUT ROWID to pay off.
        CREATE TABLE IF NOT EXISTS talent_profiles (
            pool TEXT NOT NULL,
            id TEXT NOT NULL,
            schema_version INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            payload TEXT NOT NULL,
            UNIQUE (pool, id)
        );
        CREATE INDEX IF NOT EXISTS talent_profiles_by_update ON talent_profiles (pool, updated_at);

        CREATE TABLE IF NOT EXISTS talent_protected_attributes (
            pool TEXT NOT NULL,
            id TEXT NOT NULL,
            gender TEXT NOT NULL,
            age_band TEXT NOT NULL,
            name_group TEXT NOT NULL,
            PRIMARY KEY (pool, id)
        ) WITHOUT ROWID;

        -- An erased person: no personal data, only what keeps them from being stored again.
        CREATE TABLE IF NOT EXISTS talent_tombstones (
            pool TEXT NOT NULL,
            id TEXT NOT NULL,
            erased_at INTEGER NOT NULL,
            erased_by TEXT NOT NULL,
            PRIMARY KEY (pool, id)
        ) WITHOUT ROWID;
        """;

    /// <summary>The scope of a partition key (the inverse of <see cref="Partition"/>).</summary>
    public static TalentPoolScope ScopeOf(string partition) =>
        partition.StartsWith(TenantPrefix, StringComparison.Ordinal) ? TalentPoolScope.Private(partition[TenantPrefix.Length..]) : TalentPoolScope.Public;

    private const string TenantPrefix = "tenant:";

    /// <summary>The partition key of a scope: "public" or "tenant:{id}".</summary>
    public static string Partition(TalentPoolScope scope) => scope.ToString();
}
