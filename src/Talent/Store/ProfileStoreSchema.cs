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
            change INTEGER NOT NULL DEFAULT 0,
            UNIQUE (pool, id)
        );
        CREATE INDEX IF NOT EXISTS talent_profiles_by_update ON talent_profiles (pool, updated_at);

        -- The last change number given per pool: each insert or update takes the next (the change feed).
        CREATE TABLE IF NOT EXISTS talent_changes (
            pool TEXT NOT NULL PRIMARY KEY,
            last INTEGER NOT NULL
        ) WITHOUT ROWID;

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

    /// <summary>
    /// Run after <see cref="Create"/>: a file made before the change feed gets its column (its rows
    /// take change 0, before any reader's first position), then the feed's index.
    /// </summary>
    public const string ChangeColumn = "ALTER TABLE talent_profiles ADD COLUMN change INTEGER NOT NULL DEFAULT 0";

    public const string ChangeIndex = "CREATE INDEX IF NOT EXISTS talent_profiles_by_change ON talent_profiles (pool, change)";

    /// <summary>The scope of a partition key (the inverse of <see cref="Partition"/>).</summary>
    public static TalentPoolScope ScopeOf(string partition) =>
        partition.StartsWith(TenantPrefix, StringComparison.Ordinal) ? TalentPoolScope.Private(partition[TenantPrefix.Length..]) : TalentPoolScope.Public;

    private const string TenantPrefix = "tenant:";

    /// <summary>The partition key of a scope: "public" or "tenant:{id}".</summary>
    public static string Partition(TalentPoolScope scope) => scope.ToString();
}
