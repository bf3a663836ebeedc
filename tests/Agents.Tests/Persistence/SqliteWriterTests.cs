using Hiring.Agents.Persistence;
using Hiring.Agents.Tests.Support;
using Hiring.Storage;
using Microsoft.Data.Sqlite;

namespace Hiring.Agents.Tests.Persistence;

public sealed class SqliteWriterTests : IDisposable
{
    private readonly TempDataDirectory _data = new();
    private readonly SqliteDatabase _database;

    public SqliteWriterTests() => _database = new SqliteDatabase(_data.Path);

    [Fact]
    public async Task AFailingWriteRollsBackAloneWhileTheOthersOfItsBatchCommit()
    {
        var writes = Enumerable.Range(0, 200).Select(i => _database.Writer.WriteAsync(statements =>
        {
            var command = statements.Statement("INSERT INTO log_entries (stream_key, sequence, type, payload, recorded_at) VALUES ('s', $q, 't', 'p', 'now')");
            SqliteStatements.Bind(command, "$q", i).ExecuteNonQuery();
            if (i % 10 == 3)
            {
                throw new InvalidOperationException($"write {i} refuses");
            }

            return i;
        })).ToList();

        var outcomes = await Task.WhenAll(writes.Select(async w =>
        {
            try
            {
                return await w;
            }
            catch (InvalidOperationException)
            {
                return -1;
            }
        }));

        Assert.Equal(20, outcomes.Count(o => o == -1));
        using var connection = _database.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*), sum(sequence % 10 = 3) FROM log_entries";
        using var reader = count.ExecuteReader();
        reader.Read();
        Assert.Equal(180, reader.GetInt64(0));
        Assert.Equal(0, reader.GetInt64(1));
    }

    [Fact]
    public async Task AnAcknowledgedWriteIsVisibleToANewConnection()
    {
        await _database.Writer.WriteAsync(statements =>
        {
            return statements.Statement("INSERT INTO log_entries (stream_key, sequence, type, payload, recorded_at) VALUES ('s', 1, 't', 'p', 'now')").ExecuteNonQuery();
        });

        using var connection = new SqliteConnection($"Data Source={_database.FilePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM log_entries";
        Assert.Equal(1L, command.ExecuteScalar());
    }

    public void Dispose()
    {
        _database.Dispose();
        SqliteConnection.ClearAllPools();
        _data.Dispose();
    }
}
