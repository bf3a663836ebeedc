using Hiring.Storage;

namespace Hiring.Agents.Tests.Support;

/// <summary>Every row of some tables of the database file as text ("table|col|col…"), to look for a person's words in what is stored.</summary>
internal static class StoredRows
{
    public static async Task<IReadOnlyList<string>> ReadAsync(SqliteDatabase database, params string[] tables)
    {
        var rows = new List<string>();
        await using var connection = await database.OpenAsync();
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {table}";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add(table + "|" + string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
            }
        }

        return rows;
    }
}
