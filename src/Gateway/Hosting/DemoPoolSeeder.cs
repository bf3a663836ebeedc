using Hiring.Agents.Persistence;
using Hiring.Storage;
using Hiring.Talent;
using Hiring.Talent.Synthetic;

namespace Hiring.Gateway.Hosting;

/// <summary>
/// On the first run with an empty public pool, seeds a synthetic demo pool in the background
/// (<see cref="HiringSettings.DemoProfiles"/> people, default 5,000; 0 turns it off), logging
/// progress. A run cut short by shutdown is finished on the next start: seeding the same seed
/// again only updates.
/// </summary>
public sealed class DemoPoolSeeder(
    SyntheticPoolSeeder seeder,
    IProfileStore store,
    SqliteDatabase database,
    IConfiguration configuration,
    TimeProvider time,
    ILogger<DemoPoolSeeder> logger) : BackgroundService
{
    /// <summary>Seeds the demo pool when it is due; returns the result, or null when nothing was seeded.</summary>
    public async Task<SeedResult?> SeedIfEmptyAsync(CancellationToken cancellationToken)
    {
        var profiles = configuration.GetValue(HiringSettings.DemoProfiles, HiringSettings.DefaultDemoProfiles);
        var seed = configuration.GetValue(HiringSettings.DemoSeed, HiringSettings.DefaultDemoSeed);
        if (profiles <= 0)
        {
            logger.LogInformation("Demo pool seeding is off ({Key} = {Profiles}).", HiringSettings.DemoProfiles, profiles);
            return null;
        }

        var existing = await store.CountAsync(TalentPoolScope.Public, cancellationToken);
        var interrupted = File.Exists(GroundTruthFile.PathFor(database.DataDirectory, seed) + ".partial");
        if (existing > 0 && !interrupted)
        {
            logger.LogInformation("The public pool holds {Count} profiles; no demo pool needed.", existing);
            return null;
        }

        logger.LogInformation("Seeding a demo pool of {Profiles} synthetic profiles (seed {Seed}) in the background.", profiles, seed);
        var progress = new DemoSeedProgress(logger);
        var result = await seeder.SeedAsync(SyntheticPoolOptions.ThisMonth(profiles, seed, time), progress, cancellationToken);
        logger.LogInformation(
            "Demo pool ready: {Inserted} profiles inserted, {Updated} updated, indexed: {Indexed}; ground truth in {Path}.",
            result.Inserted, result.Updated, result.Indexed, result.GroundTruthPath);
        return result;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            await SeedIfEmptyAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            logger.LogInformation("Demo pool seeding stopped by shutdown; it resumes on the next start.");
        }
        catch (Exception error)
        {
            // The product runs without a demo pool; the failure is worth a log line, not a crash.
            logger.LogError(error, "Demo pool seeding failed.");
        }
    }
}
