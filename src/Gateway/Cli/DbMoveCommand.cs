using System.CommandLine;
using Hiring.Gateway.Hosting;
using Npgsql;

namespace Hiring.Gateway.Cli;

/// <summary>
/// <c>hiring db move-to-postgres [--from DIR] [--connection CS] [--service-id ID]</c>: the way from an embedded
/// installation to cluster mode, so its assistants, logs and reminders are not left behind.
/// </summary>
public static class DbMoveCommand
{
    public static Command Create()
    {
        var from = new Option<string?>("--from") { Description = "The embedded data folder to move (read only, never changed). Default: the data folder (--data, Hiring__DataDir, ./data)." };
        var connection = DbCommand.ConnectionOption();
        var serviceId = new Option<string?>("--service-id")
        {
            Description = $"The cluster's Orleans service id, which its reminders are kept under. Default: {HiringSettings.ServiceId} from the environment (Hiring__Silo__ServiceId), else {HiringSettings.DefaultServiceId}.",
        };
        var move = new Command(
            "move-to-postgres",
            "Copy an embedded folder's grain state, log entries, reminders and talent pools into cluster mode's PostgreSQL in one transaction, after applying the schema. " +
            "Refuses a database that already holds Hiring state (there is no --replace: move into an empty database). Each node's index then follows the moved pools.")
        {
            from, connection, serviceId,
        };
        move.SetAction(async (result, cancellationToken) =>
        {
            if (DbCommand.ConnectionString(result, connection) is not { } connectionString)
            {
                return 2;
            }

            var folder = result.GetValue(from) is { } given ? Path.GetFullPath(given) : CommonOptions.ResolveDataDir(result);
            var service = result.GetValue(serviceId) ?? Environment.GetEnvironmentVariable("Hiring__Silo__ServiceId") ?? HiringSettings.DefaultServiceId;
            try
            {
                Print(folder, connectionString, service, await PostgresMove.MoveAsync(folder, connectionString, service, cancellationToken));
                return 0;
            }
            catch (MoveException e)
            {
                await Console.Error.WriteLineAsync(e.Message);
                return 1;
            }
        });
        return move;
    }

    private static void Print(string folder, string connectionString, string serviceId, MoveCounts counts)
    {
        var server = new NpgsqlConnectionStringBuilder(connectionString);
        Console.WriteLine($"grain state: {counts.GrainStates:N0} rows");
        Console.WriteLine($"log entries: {counts.LogEntries:N0} in {counts.LogStreams:N0} streams ({counts.RedactedEntries:N0} redacted, kept so sequences stay gapless)");
        Console.WriteLine($"reminders: {counts.Reminders:N0} (service id {serviceId})");
        Console.WriteLine($"talent pools: {counts.TalentProfiles:N0} profiles, {counts.ProtectedAttributes:N0} protected attributes, {counts.Tombstones:N0} tombstones");
        Console.WriteLine($"moved {folder} into {server.Host}:{server.Port}/{server.Database}");
        Console.WriteLine("each node's talent index follows the moved pools when it starts (the folder's own index is not copied)");
    }
}
