using System.CommandLine;
using Hiring.Agents.Privacy;
using Hiring.Contracts.Supervisor;
using Hiring.Gateway.Cli.Bench;

namespace Hiring.Gateway.Cli;

/// <summary>
/// <c>hiring erase --tenant T --candidate ID --by WHO</c>: the operator's erasure from the command line,
/// the same <see cref="CandidateEraser"/> the <c>eraseCandidate</c> mutation runs. Erasure reaches the
/// projects' grains, so this starts the product host on the data folder (stop the server first: Lucene
/// allows one writer per index) on loopback ports of its own, and stops it when done.
/// </summary>
public static class EraseCommand
{
    public static Command Create()
    {
        var tenant = new Option<string>("--tenant") { Description = "The tenant whose pool, or whose view of the public pool, holds the candidate.", Required = true };
        var candidate = new Option<string>("--candidate") { Description = "The candidate's id.", Required = true };
        var by = new Option<string>("--by") { Description = "Who erases (kept in the tombstone), for example acme/ops.", Required = true };
        var command = new Command("erase", "Erase a candidate on their request: profile, vectors, index entry, pipelines, evidence, notes and conversations; a tombstone keeps them out.") { tenant, candidate, by };
        command.SetAction(async (result, cancellationToken) =>
        {
            var output = result.InvocationConfiguration.Output;
            await using var host = await BenchHost.StartAsync(CommonOptions.ResolveDataDir(result));
            try
            {
                var erasure = await host.App.Services.GetRequiredService<CandidateEraser>()
                    .EraseAsync(result.GetValue(tenant)!, result.GetValue(candidate)!.Trim(), result.GetValue(by)!, cancellationToken);
                foreach (var tombstone in erasure.Tombstones)
                {
                    output.WriteLine($"{tombstone.Scope}: {erasure.CandidateId} erased {tombstone.ErasedAt:O} by {tombstone.ErasedBy}");
                }

                output.WriteLine($"projects purged now: {erasure.Projects.Count}; log entries redacted now: {erasure.EntriesRedacted}; agent states redacted now: {erasure.StatesRedacted}");
                return 0;
            }
            catch (AssistantRefusalException refusal)
            {
                await result.InvocationConfiguration.Error.WriteLineAsync(refusal.Code == RefusalCodes.NotFound ? $"No candidate '{result.GetValue(candidate)}' in tenant '{result.GetValue(tenant)}' or the public pool." : refusal.Message);
                return 1;
            }
            catch (ArgumentException invalid)
            {
                await result.InvocationConfiguration.Error.WriteLineAsync(invalid.Message);
                return 2;
            }
        });
        return command;
    }
}
