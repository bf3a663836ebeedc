using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Hiring.Testing;

/// <summary>
/// A throwaway PostgreSQL server for one test class: <c>initdb</c> into a temp folder, <c>pg_ctl start</c> on a free
/// loopback port (no system service, no container), one empty database; stopped and deleted on dispose.
/// PostgreSQL refuses to run as root, so as root the server runs as the <c>postgres</c> user the Debian package creates.
/// Without PostgreSQL the start fails with how to install it: the cluster tests never skip silently.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private const string SuperUser = "hiring";
    private const string ServiceUser = "postgres";
    private const int StartAttempts = 3;

    private readonly string _bin;
    private readonly string _root;

    // initdb and postgres refuse to run as root.
    private readonly bool _asServiceUser = Environment.UserName == "root";

    private PostgresServer(string bin, string root)
    {
        _bin = bin;
        _root = root;
    }

    /// <summary>The connection string of the test's own database.</summary>
    public string ConnectionString { get; private set; } = "";

    public int Port { get; private set; }

    /// <summary>The temp folder that holds the server's data, socket and log; deleted on dispose.</summary>
    public string Folder => _root;

    private string DataFolder => Path.Combine(_root, "data");

    private string LogFile => Path.Combine(_root, "server.log");

    /// <summary>Creates, starts and opens a server with one empty database named <paramref name="database"/>.</summary>
    public static async Task<PostgresServer> StartAsync(string database = "hiring")
    {
        var bin = FindBinaries();
        var root = Path.Combine(Path.GetTempPath(), "hiring-pg", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(root);
        var server = new PostgresServer(bin, root);
        try
        {
            await server.InitializeAsync(database);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    private async Task InitializeAsync(string database)
    {
        if (_asServiceUser)
        {
            await RunAsync("chown", [$"{ServiceUser}:", _root], asServiceUser: false);
        }

        await RunPostgresAsync("initdb", ["-D", DataFolder, "-U", SuperUser, "--auth=trust", "-E", "UTF8", "--no-sync", "--no-instructions"]);
        for (var attempt = 1; ; attempt++)
        {
            Port = FreePort.Next();
            // fsync off: a test server's data need not survive a power cut, and the tests run much faster without it.
            var options = string.Create(CultureInfo.InvariantCulture,
                $"-p {Port} -k {_root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
            try
            {
                await RunPostgresAsync("pg_ctl", ["-D", DataFolder, "-l", LogFile, "-o", options, "-w", "-t", "60", "start"]);
                break;
            }
            catch (InvalidOperationException) when (attempt < StartAttempts)
            {
                // Most likely another process took the port between the probe and the start.
            }
        }

        ConnectionString = await CreateDatabaseAsync(database);
    }

    /// <summary>
    /// Creates another empty database on this server and returns its connection string: a test's own, on a server its
    /// class shares. With <paramref name="icuLocale"/> (say "en-US") text sorts by that language's rules, not by code
    /// point, as on many production servers: what a store that promises ordinal order must not depend on.
    /// </summary>
    public async Task<string> CreateDatabaseAsync(string database, string? icuLocale = null)
    {
        await using (var connection = new NpgsqlConnection(Connection("postgres")))
        {
            await connection.OpenAsync();
            var collation = icuLocale is null ? "" : $" TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE '{icuLocale}'";
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"{collation}", connection);
            await create.ExecuteNonQueryAsync();
        }

        return Connection(database);
    }

    private string Connection(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = SuperUser,
        Database = database,
        Pooling = true,
    }.ConnectionString;

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (File.Exists(Path.Combine(DataFolder, "postmaster.pid")))
        {
            try
            {
                await RunPostgresAsync("pg_ctl", ["-D", DataFolder, "-m", "immediate", "-w", "stop"]);
            }
            catch (InvalidOperationException)
            {
                // Already stopped; the folder goes either way.
            }
        }

        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left for the OS temp cleaner; it must not fail the test.
        }
    }

    private Task RunPostgresAsync(string tool, IReadOnlyList<string> arguments) =>
        RunAsync(Path.Combine(_bin, tool), arguments, _asServiceUser);

    private async Task RunAsync(string program, IReadOnlyList<string> arguments, bool asServiceUser)
    {
        var start = asServiceUser
            ? new ProcessStartInfo("runuser", ["-u", ServiceUser, "--", program, .. arguments])
            : new ProcessStartInfo(program, arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.WorkingDirectory = _root;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            var log = File.Exists(LogFile) ? await File.ReadAllTextAsync(LogFile) : "";
            throw new InvalidOperationException(
                $"{Path.GetFileName(program)} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await output}{await error}{log}");
        }
    }

    /// <summary>The folder of initdb and pg_ctl: HIRING_PG_BIN, else the newest /usr/lib/postgresql/N/bin.</summary>
    private static string FindBinaries()
    {
        if (Environment.GetEnvironmentVariable("HIRING_PG_BIN") is { Length: > 0 } configured)
        {
            return configured;
        }

        const string Packages = "/usr/lib/postgresql";
        var found = Directory.Exists(Packages)
            ? Directory.GetDirectories(Packages)
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var major) ? major : 0)
                .FirstOrDefault()
            : null;
        return found ?? throw new InvalidOperationException(
            "PostgreSQL was not found (no initdb and pg_ctl under /usr/lib/postgresql/*/bin, and HIRING_PG_BIN is unset). " +
            "The cluster tests need it: run scripts/install-postgres.sh (apt-get install -y postgresql) or scripts/test.sh, which does.");
    }
}
