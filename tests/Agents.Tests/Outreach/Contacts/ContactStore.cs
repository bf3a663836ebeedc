using Hiring.Agents.Outreach.Contacts;
using Hiring.Storage;

namespace Hiring.Agents.Tests.Outreach.Contacts;

/// <summary>A test's own SQLite data folder for contact ledgers; each <see cref="Open"/> is a fresh start of the process on the same file.</summary>
internal sealed class ContactStore : IDisposable
{
    private readonly TempDataDirectory _data = new();
    private readonly List<SqliteDatabase> _databases = [];

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));

    public string Path => _data.Path;

    /// <summary>The log store on a new connection to the same file, as a restarted host would open it.</summary>
    public ILogStore Open() => new SqliteLogStore(Database());

    /// <summary>A new handle on the test's database file, disposed with the store.</summary>
    public SqliteDatabase Database()
    {
        var database = new SqliteDatabase(_data.Path);
        _databases.Add(database);
        return database;
    }

    public Task<ContactLedger> LedgerAsync(string tenant, ILogStore? store = null) => ContactLedger.LoadAsync(tenant, store ?? Open(), Time);

    public void Dispose()
    {
        foreach (var database in _databases)
        {
            database.Dispose();
        }

        _data.Dispose();
    }
}
