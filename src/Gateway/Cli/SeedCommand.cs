using System.CommandLine;
using System.Globalization;
using Hiring.Agents.Cluster;
using Hiring.Talent;
using Hiring.Talent.Synthetic;
using static System.FormattableString;

namespace Hiring.Gateway.Cli;

/// <summary><c>hiring seed --profiles N --seed S</c>: generate the synthetic public pool, its ground truth and protected attributes.</summary>
public static class SeedCommand
{
    public static Command Create()
    {
        var profiles = new Option<int>("--profiles") { Description = "How many synthetic people to generate.", DefaultValueFactory = _ => 20_000 };
        var seed = new Option<int>("--seed") { Description = "The seed: the same seed (and as-of month) gives the same pool.", DefaultValueFactory = _ => 7 };
        var asOf = new Option<string?>("--as-of") { Description = "The pool's 'today' as yyyy-MM (default: the current month)." };
        var command = new Command("seed", "Generate a synthetic public talent pool with ground truth for the evals.") { profiles, seed, asOf };
        command.Validators.Add(result =>
        {
            if (result.GetValue(profiles) < 0)
            {
                result.AddError("--profiles must be 0 or more.");
            }

            if (result.GetValue(asOf) is { } month && !DateOnly.TryParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                result.AddError($"--as-of '{month}' is not a month like 2026-11.");
            }
        });
        command.SetAction(async (result, cancellationToken) =>
        {
            var output = result.InvocationConfiguration.Output;
            var options = result.GetValue(asOf) is { } month
                ? new SyntheticPoolOptions(result.GetValue(profiles), result.GetValue(seed), DateOnly.ParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture))
                : SyntheticPoolOptions.ThisMonth(result.GetValue(profiles), result.GetValue(seed));
            await using var services = TalentServices.OpenPools(CommonOptions.ResolveDataDir(result));
            output.WriteLine(Invariant($"seeding {options.Profiles:N0} synthetic profiles (seed {options.Seed}, as of {options.AsOf:yyyy-MM}) into the public pool"));
            var progress = new SeedProgressPrinter(output);
            var seeded = await services.GetRequiredService<SyntheticPoolSeeder>().SeedAsync(options, progress, cancellationToken);
            var total = await services.GetRequiredService<IProfileStore>().CountAsync(TalentPoolScope.Public, cancellationToken);
            output.WriteLine(Invariant($"done in {progress.Elapsed.TotalSeconds:N1} s: {seeded.Inserted:N0} inserted, {seeded.Updated:N0} updated; the public pool holds {total:N0} profiles"));
            output.WriteLine($"ground truth: {seeded.GroundTruthPath}");
            output.WriteLine("protected attributes: in their own table (never indexed)");
            output.WriteLine(
                seeded.Indexed ? "indexed: yes"
                : services.GetRequiredService<IProfileStore>() is PostgresProfileStore ? "indexed: by each node, as its index follows the shared pools (cluster mode)"
                : "indexed: no (no talent index registered)");
            return 0;
        });
        return command;
    }
}
