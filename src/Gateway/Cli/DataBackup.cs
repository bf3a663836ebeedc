using System.Security.Cryptography;
using System.Text.Json;
using Hiring.Storage;
using Hiring.Talent;
using Hiring.Talent.Search;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Hiring.Gateway.Cli;

/// <summary>
/// Backup and restore of an embedded data folder. A backup is a folder: the database copied with SQLite's online
/// backup (consistent while the server runs), the folder's kept secrets (the demo key, the link-signing key), and a
/// manifest with each file's size and SHA-256. The search index and vectors are not copied: they are derived from the
/// profiles, so a restore rebuilds the index and the server computes the vectors again in the background.
/// </summary>
public static class DataBackup
{
    public const string ManifestName = "backup.json";

    private static readonly string[] DerivedFolders = ["index", "vectors"];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Writes a backup of <paramref name="dataDirectory"/> into <paramref name="target"/>, which must be new or empty.</summary>
    public static BackupManifest Backup(string dataDirectory, string target, DateTimeOffset now)
    {
        var database = Path.Combine(dataDirectory, StorageNames.DatabaseFileName);
        if (!File.Exists(database))
        {
            throw new BackupException($"{dataDirectory} holds no database ({StorageNames.DatabaseFileName}); nothing to back up.");
        }

        PrepareTarget(target);
        // Created owner-only before SQLite opens it; copies keep their source's owner-only mode.
        OwnerOnly.EnsureFile(Path.Combine(target, StorageNames.DatabaseFileName));
        using (var source = Connect(database, SqliteOpenMode.ReadOnly))
        using (var copy = Connect(Path.Combine(target, StorageNames.DatabaseFileName), SqliteOpenMode.ReadWriteCreate))
        {
            source.BackupDatabase(copy);
        }

        foreach (var secret in Secrets(dataDirectory))
        {
            File.Copy(secret, Path.Combine(target, Path.GetFileName(secret)));
        }

        var files = Directory.EnumerateFiles(target).Order(StringComparer.Ordinal).Select(Describe).ToList();

        var manifest = new BackupManifest(1, now, Path.GetFullPath(dataDirectory), files);
        WriteManifest(target, manifest);
        return manifest;
    }

    /// <summary>
    /// Restores <paramref name="backup"/> into <paramref name="dataDirectory"/> after checking every file against the
    /// manifest and the database's integrity; a folder that already holds a database is replaced only with
    /// <paramref name="replace"/>. Returns how many profiles the rebuilt index holds per pool.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, long>> RestoreAsync(string backup, string dataDirectory, bool replace, CancellationToken cancellationToken)
    {
        var manifest = ReadManifest(backup, StorageNames.DatabaseFileName);
        VerifyFiles(backup, manifest);

        using (var check = Connect(Path.Combine(backup, StorageNames.DatabaseFileName), SqliteOpenMode.ReadOnly))
        using (var command = check.CreateCommand())
        {
            command.CommandText = "PRAGMA integrity_check";
            if (command.ExecuteScalar() as string is not "ok" and var verdict)
            {
                throw new BackupException($"the backup's database fails SQLite's integrity check ({verdict}); nothing was restored.");
            }
        }

        var existing = Path.Combine(dataDirectory, StorageNames.DatabaseFileName);
        if (File.Exists(existing) && !replace)
        {
            throw new BackupException($"{dataDirectory} already holds a database; stop the server and pass --replace to overwrite it.");
        }

        Directory.CreateDirectory(dataDirectory);
        OwnerOnly.SecureFolder(dataDirectory);
        SqliteConnection.ClearAllPools();
        foreach (var stale in new[] { existing, existing + "-wal", existing + "-shm" }.Where(File.Exists))
        {
            File.Delete(stale);
        }

        foreach (var folder in DerivedFolders.Select(f => Path.Combine(dataDirectory, f)).Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }

        foreach (var file in manifest.Files)
        {
            File.Copy(Path.Combine(backup, file.Name), Path.Combine(dataDirectory, file.Name), overwrite: true);
        }

        return await RebuildIndexAsync(dataDirectory, cancellationToken);
    }

    /// <summary>Indexes every pool the restored database holds.</summary>
    private static async Task<IReadOnlyDictionary<string, long>> RebuildIndexAsync(string dataDirectory, CancellationToken cancellationToken)
    {
        await using var services = TalentServices.Open(dataDirectory);
        var store = services.GetRequiredService<IProfileStore>();
        var builder = services.GetRequiredService<TalentIndexBuilder>();
        var indexed = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var pool in await store.PoolsAsync(cancellationToken))
        {
            indexed[pool.ToString()] = await builder.RebuildAsync(store, pool, cancellationToken: cancellationToken);
        }

        return indexed;
    }

    /// <summary>The backup's manifest, when it is one this version reads and holds <paramref name="mainFile"/> (the other storage mode's backup does not).</summary>
    internal static BackupManifest ReadManifest(string backup, string mainFile)
    {
        var path = Path.Combine(backup, ManifestName);
        BackupManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<BackupManifest>(File.ReadAllText(path), Json);
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            throw new BackupException($"{backup} is not a backup folder ({ManifestName} cannot be read: {e.Message}).");
        }

        if (manifest is not { Version: 1, Files.Count: > 0 } || !manifest.Files.All(f => Path.GetFileName(f.Name) == f.Name))
        {
            throw new BackupException($"{path} is not a backup manifest this version reads.");
        }

        return manifest.Files.Any(f => f.Name == mainFile)
            ? manifest
            : throw new BackupException($"{backup} is a backup of the other storage mode (it holds no {mainFile}): restore an embedded backup without --connection and a cluster backup with it.");
    }

    /// <summary>Every file the manifest names is there with its size and SHA-256, or the backup is refused as damaged.</summary>
    internal static void VerifyFiles(string backup, BackupManifest manifest)
    {
        foreach (var file in manifest.Files)
        {
            var path = Path.Combine(backup, file.Name);
            if (!File.Exists(path) || Describe(path) != file)
            {
                throw new BackupException($"{file.Name} in {backup} is missing or differs from the backup's manifest; the backup is damaged, nothing was restored.");
            }
        }
    }

    internal static void WriteManifest(string target, BackupManifest manifest) =>
        OwnerOnly.WriteAllText(Path.Combine(target, ManifestName), JsonSerializer.Serialize(manifest, Json));

    /// <summary>Refuses a target that already holds anything: a backup goes to a new or empty folder.</summary>
    internal static void PrepareTarget(string target)
    {
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
        {
            throw new BackupException($"{target} is not empty; a backup goes to a new or empty folder.");
        }

        Directory.CreateDirectory(target);
        OwnerOnly.SecureFolder(target);
    }

    /// <summary>The data folder's own files besides the database: the secrets it keeps (owner-only files at its root).</summary>
    private static IEnumerable<string> Secrets(string dataDirectory) =>
        Directory.EnumerateFiles(dataDirectory)
            .Where(f => !Path.GetFileName(f).StartsWith(StorageNames.DatabaseFileName, StringComparison.Ordinal));

    internal static BackupFile Describe(string path)
    {
        using var stream = File.OpenRead(path);
        return new BackupFile(Path.GetFileName(path), stream.Length, Convert.ToHexStringLower(SHA256.HashData(stream)));
    }

    /// <summary>An unpooled connection, so a read-only source or a fresh copy is closed for good when disposed.</summary>
    internal static SqliteConnection Connect(string path, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}

/// <summary>What a backup holds: when it was taken, from where, and each file's size and SHA-256.</summary>
public sealed record BackupManifest(int Version, DateTimeOffset TakenAt, string Source, IReadOnlyList<BackupFile> Files);

public sealed record BackupFile(string Name, long Bytes, string Sha256);

/// <summary>A backup or restore refused, with the reason; nothing was changed.</summary>
public sealed class BackupException(string message) : Exception(message);
