using System.CommandLine;
using System.Globalization;

namespace Hiring.Gateway.Cli.Load;

/// <summary>
/// <c>hiring load</c>: simulated recruiters against running nodes for a fixed time, then a report (see
/// docs/PERFORMANCE.md, "Load"); <c>hiring load keys</c> makes their API keys. Never run by the tests
/// beyond a few seconds' smoke run.
/// </summary>
public static class LoadCommand
{
    public static Command Create()
    {
        var targets = new Option<string[]>("--target") { Description = "A running node's URL (http://127.0.0.1:5080); repeat it for several nodes: the recruiters are spread over them.", Arity = ArgumentArity.OneOrMore };
        var recruiters = new Option<int>("--recruiters") { Description = "Simulated recruiters, each on its own WebSocket and working without pause (but --think).", DefaultValueFactory = _ => 10 };
        var duration = new Option<string>("--duration") { Description = "How long they work, then the run stops by itself (60s, 2m; at most 1 hour).", DefaultValueFactory = _ => "60s" };
        var think = new Option<string>("--think") { Description = "A recruiter's pause between two operations (0s: none, the most load each recruiter can make).", DefaultValueFactory = _ => "0s" };
        var apiKey = new Option<string?>("--api-key") { Description = "One API key every recruiter signs in with (they share its assistant, like tabs)." };
        var keysFile = new Option<string?>("--keys-file") { Description = "A file of API keys, one a line, one per recruiter ('hiring load keys' writes one)." };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON." };
        var reportFile = new Option<string?>("--report") { Description = "Also write the report as JSON to this file." };
        var command = new Command("load", "Simulated recruiters chat, subscribe, approve and browse against running nodes for a fixed time; reports requests/s, p50/p99 per operation, errors and memory. See docs/PERFORMANCE.md.")
        {
            targets, recruiters, duration, think, apiKey, keysFile, json, reportFile, KeysCommand(),
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var problems = Problems(result.GetValue(targets), result.GetValue(recruiters), result.GetValue(duration), result.GetValue(think), result.GetValue(apiKey), result.GetValue(keysFile)).ToList();
            if (problems.Count > 0)
            {
                await result.InvocationConfiguration.Error.WriteLineAsync(string.Join(Environment.NewLine, problems));
                return 2;
            }

            try
            {
                var keys = result.GetValue(apiKey) is { } key ? [key] : LoadKeys.Read(result.GetValue(keysFile)!);
                if (keys.Count > 1 && keys.Count < result.GetValue(recruiters))
                {
                    throw new LoadException($"{result.GetValue(recruiters)} recruiters need as many keys; {result.GetValue(keysFile)} holds {keys.Count}.");
                }

                var plan = new LoadPlan(
                    [.. result.GetValue(targets)!.Select(t => new Uri(t))], keys, result.GetValue(recruiters),
                    LoadDuration.Parse(result.GetValue(duration))!.Value, LoadDuration.Parse(result.GetValue(think))!.Value);
                var output = result.InvocationConfiguration.Output;
                if (!result.GetValue(json))
                {
                    await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{plan.Recruiters} recruiters on {plan.Targets.Count} node(s) for {plan.Duration.TotalSeconds:F0} s…"));
                }

                var report = await new LoadRun(plan).RunAsync(cancellationToken);
                if (result.GetValue(reportFile) is { } file)
                {
                    await File.WriteAllTextAsync(file, CliJson.Serialize(report), cancellationToken);
                }

                if (result.GetValue(json))
                {
                    await output.WriteLineAsync(CliJson.Serialize(report));
                }
                else
                {
                    report.Write(output);
                }

                return 0;
            }
            catch (LoadException failure)
            {
                await result.InvocationConfiguration.Error.WriteLineAsync(failure.Message);
                return 1;
            }
        });
        return command;
    }

    /// <summary>What is wrong with the options, in words that say how to fix it; empty when nothing is.</summary>
    public static IEnumerable<string> Problems(string[]? targets, int recruiters, string? duration, string? think, string? apiKey, string? keysFile)
    {
        if (targets is not { Length: > 0 })
        {
            yield return "--target is required: the URL of a running node (http://127.0.0.1:5080); repeat it for several nodes.";
        }

        foreach (var target in targets ?? [])
        {
            if (!Uri.TryCreate(target, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                yield return $"--target '{target}' is not an http:// or https:// URL.";
            }
        }

        if (recruiters is < 1 or > LoadPlan.MaxRecruiters)
        {
            yield return $"--recruiters must be between 1 and {LoadPlan.MaxRecruiters:N0}.";
        }

        if (LoadDuration.Parse(duration) is not { } length || length <= TimeSpan.Zero || length > LoadPlan.MaxDuration)
        {
            yield return $"--duration '{duration}' is not a duration above zero and at most an hour: {LoadDuration.Help}.";
        }

        if (LoadDuration.Parse(think) is null)
        {
            yield return $"--think '{think}' is not a duration: {LoadDuration.Help}.";
        }

        if ((apiKey is null) == (keysFile is null))
        {
            yield return "Pass --api-key KEY or --keys-file FILE (one of them): the nodes must accept the recruiters (see 'hiring load keys').";
        }
    }

    private static Command KeysCommand()
    {
        var count = new Option<int>("--count") { Description = "How many recruiters (keys) to make.", Required = true };
        var folder = new Option<string>("--out") { Description = "Folder to write keys.txt and node-args.txt into.", Required = true };
        var keys = new Command("keys", "Makes API keys for simulated recruiters: keys.txt (for --keys-file, owner-only) and node-args.txt, the Hiring:Auth:ApiKeys settings (hashes only) and a rate limit no run reaches, to start each node with, one argument a line.")
        {
            count, folder,
        };
        keys.Validators.Add(result =>
        {
            if (result.GetValue(count) is < 1 or > LoadPlan.MaxRecruiters)
            {
                result.AddError($"--count must be between 1 and {LoadPlan.MaxRecruiters:N0}.");
            }
        });
        keys.SetAction(async (result, _) =>
        {
            var (keysPath, argumentsPath) = LoadKeys.Write(Path.GetFullPath(result.GetValue(folder)!), result.GetValue(count));
            await result.InvocationConfiguration.Output.WriteLineAsync($"{result.GetValue(count)} keys in {keysPath}; start each node with the arguments in {argumentsPath} (for example: hiring $(cat {argumentsPath}) …).");
            return 0;
        });
        return keys;
    }
}
