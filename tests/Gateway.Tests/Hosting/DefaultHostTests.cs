using System.Net;
using System.Text.Json;
using Hiring.Agents.Persistence;
using Hiring.Gateway.Tests.Support;
using Hiring.Storage;
using Orleans.Storage;

namespace Hiring.Gateway.Tests.Hosting;

public sealed class DefaultHostTests
{
    [Fact]
    public async Task TheDefaultHostStoresGrainStateAndRemindersInSqliteNotMemory()
    {
        using var data = new TempDataDirectory();
        await using var gateway = await RunningGateway.StartAsync(data.Path);

        Assert.IsType<SqliteGrainStorage>(gateway.App.Services.GetRequiredKeyedService<IGrainStorage>(StorageNames.Hiring));
        Assert.IsType<SqliteReminderTable>(gateway.App.Services.GetRequiredService<IReminderTable>());
        Assert.True(File.Exists(Path.Combine(data.Path, StorageNames.DatabaseFileName)));
    }

    [Fact]
    public async Task TheBackgroundEmbeddingWorkerRunsOnceThoughSiloAndGatewayBothWireTalentSearch()
    {
        using var data = new TempDataDirectory();
        await using var gateway = await RunningGateway.StartAsync(data.Path);

        var workers = gateway.App.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>()
            .OfType<Hiring.Talent.Search.ProfileEmbeddingWorker>();
        Assert.Single(workers);
    }

    [Fact]
    public async Task HealthAnswersAndReadinessReportsTheSiloAndStorage()
    {
        using var data = new TempDataDirectory();
        await using var gateway = await RunningGateway.StartAsync(data.Path);

        var health = await gateway.Http.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);

        var ready = await gateway.Http.GetAsync(new Uri("/readyz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        using var body = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        var checks = body.RootElement.GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("silo").GetProperty("status").GetString());
        Assert.Equal("Healthy", checks.GetProperty("storage").GetProperty("status").GetString());
    }

    [Fact]
    public async Task ReadinessFailsWhenTheDatabaseFileIsGone()
    {
        using var data = new TempDataDirectory();
        await using var gateway = await RunningGateway.StartAsync(data.Path);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        // Replace the database with a directory of the same name: the file can no longer be opened.
        File.Delete(Path.Combine(data.Path, StorageNames.DatabaseFileName));
        File.Delete(Path.Combine(data.Path, StorageNames.DatabaseFileName + "-wal"));
        File.Delete(Path.Combine(data.Path, StorageNames.DatabaseFileName + "-shm"));
        Directory.CreateDirectory(Path.Combine(data.Path, StorageNames.DatabaseFileName));

        var ready = await gateway.Http.GetAsync(new Uri("/readyz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
    }

    [Fact]
    public async Task StoppingAndStartingTheProductKeepsGrainState()
    {
        using var data = new TempDataDirectory();
        await using (var first = await RunningGateway.StartAsync(data.Path))
        {
            await first.Grains.GetGrain<INoteGrain>("acme/ana").Write("remember me");
        }

        await using var second = await RunningGateway.StartAsync(data.Path);
        Assert.Equal("remember me", await second.Grains.GetGrain<INoteGrain>("acme/ana").Read());
    }
}
