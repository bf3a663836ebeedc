using System.Diagnostics;
using Npgsql;

namespace Hiring.Gateway.Cli;

/// <summary>
/// PostgreSQL's own client tools (<c>pg_dump</c>, <c>pg_restore</c>, from Debian's postgresql-client), run against the
/// server a connection string (Npgsql's format) names. The password goes in the environment, never on the command line.
/// </summary>
public static class PostgresTools
{
    /// <summary>Runs <paramref name="tool"/> with <paramref name="arguments"/>; a failure is refused with the tool's own first words.</summary>
    public static async Task RunAsync(string tool, string? connectionString, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        if (connectionString is not null)
        {
            var server = new NpgsqlConnectionStringBuilder(connectionString);
            start.ArgumentList.Add($"--host={server.Host}");
            start.ArgumentList.Add($"--port={server.Port}");
            if (server.Username is { Length: > 0 } user)
            {
                start.ArgumentList.Add($"--username={user}");
            }

            start.ArgumentList.Add($"--dbname={server.Database}");
            start.ArgumentList.Add("--no-password");
            if (server.Password is { Length: > 0 } password)
            {
                start.Environment["PGPASSWORD"] = password;
            }

            if (server.SslMode is not SslMode.Prefer)
            {
                start.Environment["PGSSLMODE"] = server.SslMode switch
                {
                    SslMode.Disable => "disable",
                    SslMode.Allow => "allow",
                    SslMode.VerifyCA => "verify-ca",
                    SslMode.VerifyFull => "verify-full",
                    _ => "require",
                };
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new BackupException($"{tool} did not start.");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new BackupException($"{tool} was not found: install PostgreSQL's client tools (apt-get install postgresql-client) and put them on PATH.");
        }

        using (process)
        {
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            await output;
            if (process.ExitCode != 0)
            {
                var said = (await errors).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "no message";
                throw new BackupException($"{tool} failed (exit {process.ExitCode}): {said}");
            }
        }
    }
}
