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
        """;

    /// <summary>The partition key of a scope: "public" or "tenant:{id}".</summary>
    public static string Partition(TalentPoolScope scope) => scope.ToString();
}
