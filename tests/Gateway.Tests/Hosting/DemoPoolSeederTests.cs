using Hiring.Agents.Hosting;
using Hiring.Gateway.Hosting;
using Hiring.Talent;
using Hiring.Talent.Hosting;
using Hiring.Talent.Synthetic;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hiring.Gateway.Tests.Hosting;

public sealed class DemoPoolSeederTests : IDisposable
{
    private readonly TempDataDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private ServiceProvider Services(int? profiles)
    {
        var settings = new Dictionary<string, string?> { [HiringSettings.DataDir] = _folder.Path };
        if (profiles is not null)
        {
            settings[HiringSettings.DemoProfiles] = profiles.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddTalentStore(_folder.Path);
        services.AddSingleton<DemoPoolSeeder>();
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task AnEmptyPublicPoolGetsADemoPoolOfTheConfiguredSize()
    {
        await using var services = Services(profiles: 400);

        var result = await services.GetRequiredService<DemoPoolSeeder>().SeedIfEmptyAsync(CancellationToken.None);

        Assert.Equal(400, result!.Inserted);
        Assert.Equal(400, await services.GetRequiredService<IProfileStore>().CountAsync(TalentPoolScope.Public));
    }

    [Fact]
    public async Task APoolThatAlreadyHasProfilesIsLeftAlone()
    {
        await using var services = Services(profiles: 400);
        var seeder = services.GetRequiredService<DemoPoolSeeder>();
        await seeder.SeedIfEmptyAsync(CancellationToken.None);

        Assert.Null(await seeder.SeedIfEmptyAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ZeroProfilesTurnsTheDemoPoolOff()
    {
        await using var services = Services(profiles: 0);

        Assert.Null(await services.GetRequiredService<DemoPoolSeeder>().SeedIfEmptyAsync(CancellationToken.None));
        Assert.Equal(0, await services.GetRequiredService<IProfileStore>().CountAsync(TalentPoolScope.Public));
    }

    [Fact]
    public async Task ADemoSeedCutShortIsFinishedOnTheNextStart()
    {
        await using var services = Services(profiles: 2500);
        using (var stop = new CancellationTokenSource())
        {
            var progress = new StopAfterFirstBatch(stop);
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => services.GetRequiredService<SyntheticPoolSeeder>()
                .SeedAsync(SyntheticPoolOptions.ThisMonth(2500, HiringSettings.DefaultDemoSeed), progress, stop.Token));
        }

        var result = await services.GetRequiredService<DemoPoolSeeder>().SeedIfEmptyAsync(CancellationToken.None);

        Assert.NotNull(result);
        Assert.Equal(2500, await services.GetRequiredService<IProfileStore>().CountAsync(TalentPoolScope.Public));
    }

    private sealed class StopAfterFirstBatch(CancellationTokenSource stop) : IProgress<SeedProgress>
    {
        public void Report(SeedProgress value) => stop.Cancel();
    }
}
