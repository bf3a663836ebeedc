using System.Globalization;
using Hiring.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace Hiring.Agents.Persistence;

/// <summary>
/// Orleans' reminder table on the embedded SQLite file, so reminders (autopilot runs, resumed
/// plans) survive a restart. Rows are scoped by service id, like Orleans' ADO.NET table.
/// </summary>
public sealed class SqliteReminderTable(SqliteDatabase database, IOptions<ClusterOptions> clusterOptions) : IReminderTable
{
    private readonly string _serviceId = clusterOptions.Value.ServiceId;

    public Task Init() => Task.CompletedTask;

    public async Task<ReminderTableData> ReadRows(GrainId grainId)
    {
        await using var connection = await database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT grain_id, reminder_name, start_at, period_ticks, etag FROM reminders WHERE service_id = $svc AND grain_id = $g";
        command.Parameters.AddWithValue("$svc", _serviceId);
        command.Parameters.AddWithValue("$g", grainId.ToString());
        return new ReminderTableData(await ReadEntriesAsync(command));
    }

    public async Task<ReminderTableData> ReadRows(uint begin, uint end)
    {
        await using var connection = await database.OpenAsync();
        await using var command = connection.CreateCommand();
        // The range is (begin, end] on the hash ring; when begin >= end it wraps around zero.
        command.CommandText = begin < end
            ? "SELECT grain_id, reminder_name, start_at, period_ticks, etag FROM reminders WHERE service_id = $svc AND grain_hash > $b AND grain_hash <= $e"
            : "SELECT grain_id, reminder_name, start_at, period_ticks, etag FROM reminders WHERE service_id = $svc AND (grain_hash > $b OR grain_hash <= $e)";
        command.Parameters.AddWithValue("$svc", _serviceId);
        command.Parameters.AddWithValue("$b", (long)begin);
        command.Parameters.AddWithValue("$e", (long)end);
        return new ReminderTableData(await ReadEntriesAsync(command));
    }

    public async Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName)
    {
        await using var connection = await database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT grain_id, reminder_name, start_at, period_ticks, etag FROM reminders WHERE service_id = $svc AND grain_id = $g AND reminder_name = $n";
        command.Parameters.AddWithValue("$svc", _serviceId);
        command.Parameters.AddWithValue("$g", grainId.ToString());
        command.Parameters.AddWithValue("$n", reminderName);
        var entries = await ReadEntriesAsync(command);
        return entries.Count > 0 ? entries[0] : null;
    }

    public async Task<string?> UpsertRow(ReminderEntry entry)
    {
        var etag = Guid.NewGuid().ToString("N");
        await using var connection = await database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO reminders (service_id, grain_id, reminder_name, grain_hash, start_at, period_ticks, etag)
            VALUES ($svc, $g, $n, $h, $s, $p, $e)
            ON CONFLICT (service_id, grain_id, reminder_name)
            DO UPDATE SET grain_hash = excluded.grain_hash, start_at = excluded.start_at, period_ticks = excluded.period_ticks, etag = excluded.etag
            """;
        command.Parameters.AddWithValue("$svc", _serviceId);
        command.Parameters.AddWithValue("$g", entry.GrainId.ToString());
        command.Parameters.AddWithValue("$n", entry.ReminderName);
        command.Parameters.AddWithValue("$h", (long)entry.GrainId.GetUniformHashCode());
        command.Parameters.AddWithValue("$s", entry.StartAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$p", entry.Period.Ticks);
        command.Parameters.AddWithValue("$e", etag);
        await command.ExecuteNonQueryAsync();
        entry.ETag = etag;
        return etag;
    }

    public async Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag)
    {
        await using var connection = await database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM reminders WHERE service_id = $svc AND grain_id = $g AND reminder_name = $n AND etag = $e";
        command.Parameters.AddWithValue("$svc", _serviceId);
        command.Parameters.AddWithValue("$g", grainId.ToString());
        command.Parameters.AddWithValue("$n", reminderName);
        command.Parameters.AddWithValue("$e", eTag);
        return await command.ExecuteNonQueryAsync() > 0;
    }

    public async Task TestOnlyClearTable()
    {
        await using var connection = await database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM reminders WHERE service_id = $svc";
        command.Parameters.AddWithValue("$svc", _serviceId);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<List<ReminderEntry>> ReadEntriesAsync(SqliteCommand command)
    {
        var entries = new List<ReminderEntry>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            entries.Add(new ReminderEntry
            {
                GrainId = GrainId.Parse(reader.GetString(0), CultureInfo.InvariantCulture),
                ReminderName = reader.GetString(1),
                StartAt = DateTime.Parse(reader.GetString(2), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
                Period = TimeSpan.FromTicks(reader.GetInt64(3)),
                ETag = reader.GetString(4),
            });
        }

        return entries;
    }
}
