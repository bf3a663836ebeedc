using System.CommandLine;
using Hiring.Gateway.Hosting;

namespace Hiring.Gateway.Cli;

/// <summary>
/// The <c>hiring</c> program. With no subcommand it runs the server; each subcommand is a
/// separate file so later features add theirs beside it.
/// </summary>
public static class HiringCommandLine
{
    /// <summary>
    /// How <c>hiring</c> is invoked. System.CommandLine turns Ctrl+C and SIGTERM into cancellation and
    /// by default ends the process two seconds later, which killed the server before its silo had
    /// stopped; it now waits a little longer than the host's own graceful stop may take.
    /// </summary>
    public static InvocationConfiguration Invocation() =>
        new() { ProcessTerminationTimeout = HiringSettings.ShutdownTimeout + TimeSpan.FromSeconds(5) };

    public static RootCommand Create()
    {
        var urls = new Option<string?>("--urls") { Description = $"Addresses to listen on (default {HiringSettings.DefaultUrls})." };
        var root = new RootCommand("Hiring: a self-hostable agentic recruiting assistant. With no command, runs the server (silo + gateway).")
        {
            CommonOptions.Data,
            urls,
            DbCommand.Create(),
            SeedCommand.Create(),
            ImportCommand.Create(),
            EraseCommand.Create(),
            AutopilotCommand.Create(),
            SearchCommand.Create(),
            InsightsCommand.Create(),
            IndexCommand.Create(),
            SchemaCommand.Create(),
            EvalCommand.Create(),
            Bench.BenchCommand.Create(),
            Load.LoadCommand.Create(),
        };

        // Unknown tokens (for example --Hiring:Ai:Provider=OpenAI) pass through to ASP.NET Core configuration.
        root.TreatUnmatchedTokensAsErrors = false;
        root.SetAction(async (result, cancellationToken) =>
        {
            if (result.UnmatchedTokens.FirstOrDefault(t => !t.StartsWith("--", StringComparison.Ordinal)) is { } unknown)
            {
                await result.InvocationConfiguration.Error.WriteLineAsync($"Unknown command or argument '{unknown}'. See 'hiring --help'.");
                return 2;
            }

            var overrides = new Dictionary<string, string?>();
            if (result.GetValue(CommonOptions.Data) is { } data)
            {
                overrides[HiringSettings.DataDir] = data;
            }

            if (result.GetValue(urls) is { } addresses)
            {
                overrides["urls"] = addresses;
            }

            var app = GatewayApp.Build([.. result.UnmatchedTokens], overrides);
            await app.RunAsync(cancellationToken);
            return 0;
        });
        return root;
    }
}
