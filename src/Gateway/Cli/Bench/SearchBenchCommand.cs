using System.CommandLine;
using Hiring.Talent;
using Microsoft.Extensions.DependencyInjection;

namespace Hiring.Gateway.Cli.Bench;

/// <summary><c>hiring bench search</c>: indexing rate, query latency and rerank cost on a throwaway index.</summary>
public static class SearchBenchCommand
{
    public static Command Create()
    {
        var profiles = new Option<int>("--profiles") { Description = "How many profiles to index.", DefaultValueFactory = _ => 1_000_000 };
        var reuse = new Option<bool>("--reuse-index") { Description = "Measure queries on the index a previous run left, without indexing again." };
        var search = new Command("search", "Benchmark the talent index in {data}/bench/search (deleted and rebuilt each run).") { profiles, reuse };
        search.SetAction(async (result, cancellationToken) =>
        {
            var data = CommonOptions.ResolveDataDir(result);
            using var services = TalentServices.Open(data);
            var store = services.GetService<IProfileStore>();
            var output = result.InvocationConfiguration.Output;
            output.WriteLine($"hiring bench search --profiles {result.GetValue(profiles)} ({Environment.ProcessorCount} cores, .NET {Environment.Version})");
            await new SearchBenchmark(output).RunAsync(Path.Combine(data, "bench", "search"), result.GetValue(profiles), store, result.GetValue(reuse), cancellationToken);
            return 0;
        });
        return search;
    }
}
