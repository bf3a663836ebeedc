using System.CommandLine;
using Hiring.Evals;
using Hiring.Evals.Cases;
using Hiring.Evals.Core;
using Hiring.Evals.Scorecards;
using Microsoft.Extensions.Configuration;

namespace Hiring.Gateway.Cli;

/// <summary>
/// <c>hiring eval [--suite NAME|all] [--split dev|blind|both] [--engine builtin|llm] [--judge builtin|llm|both] [--out DIR]</c>:
/// scores the product on evals/cases and writes the scorecard; exits 1 when a threshold of
/// evals/thresholds.json is missed or a suite broke, 2 on a usage or configuration error.
/// Settings like <c>--Hiring:Ai:Provider=OpenAI</c> pass through to the product's configuration.
/// </summary>
public static class EvalCommand
{
    public const int UsageError = 2;

    public static Command Create()
    {
        var suite = new Option<string[]>("--suite") { Description = "Suites to run (repeat or comma-separate), or all.", DefaultValueFactory = _ => ["all"], AllowMultipleArgumentsPerToken = true };
        var split = new Option<string>("--split") { Description = "dev, blind or both.", DefaultValueFactory = _ => "both" };
        split.AcceptOnlyFromAmong("dev", "blind", "both");
        var engine = new Option<string>("--engine") { Description = "The product's engine: builtin, or llm (the configured model).", DefaultValueFactory = _ => "builtin" };
        engine.AcceptOnlyFromAmong("builtin", "llm");
        var judge = new Option<string>("--judge") { Description = "builtin (deterministic judges), llm or both (the LLM judges too, on the configured model).", DefaultValueFactory = _ => "builtin" };
        judge.AcceptOnlyFromAmong("builtin", "llm", "both");
        var output = new Option<string?>("--out") { Description = "Where the scorecard, per-case results and the judge cache go (default: artifacts/eval beside the evals folder)." };
        var cases = new Option<string?>("--cases") { Description = "The cases folder (default: the nearest evals/cases)." };
        var thresholds = new Option<string?>("--thresholds") { Description = "The thresholds file (default: thresholds.json beside the cases folder)." };
        var command = new Command("eval", "Score the product on the evaluation cases and write a scorecard.") { suite, split, engine, judge, output, cases, thresholds };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (result, cancellationToken) =>
        {
            var error = result.InvocationConfiguration.Error;
            if (result.UnmatchedTokens.FirstOrDefault(t => !t.StartsWith("--", StringComparison.Ordinal)) is { } unknown)
            {
                await error.WriteLineAsync($"Unknown argument '{unknown}'. See 'hiring eval --help'.");
                return UsageError;
            }

            var casesRoot = result.GetValue(cases) ?? CaseLoader.Locate(Environment.CurrentDirectory, AppContext.BaseDirectory);
            if (casesRoot is null || !Directory.Exists(casesRoot))
            {
                await error.WriteLineAsync($"No cases folder: pass --cases DIR or run inside the repository (looked for {CaseLoader.CasesFolder}).");
                return UsageError;
            }

            var thresholdsPath = result.GetValue(thresholds) ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(casesRoot))!, ThresholdSet.FileName);
            var options = new EvalOptions(
                [.. (result.GetValue(suite) ?? []).SelectMany(s => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))],
                result.GetValue(split) switch { "dev" => [EvalSplit.Dev], "blind" => [EvalSplit.Blind], _ => [EvalSplit.Dev, EvalSplit.Blind] },
                result.GetValue(engine) == "llm" ? EvalEngine.Llm : EvalEngine.BuiltIn,
                result.GetValue(judge) switch { "llm" => JudgeMode.Llm, "both" => JudgeMode.Both, _ => JudgeMode.BuiltIn },
                casesRoot,
                CommonOptions.ResolveDataDir(result),
                Path.GetFullPath(result.GetValue(output) ?? DefaultOutput(casesRoot)),
                Configuration([.. result.UnmatchedTokens]));
            try
            {
                var set = File.Exists(thresholdsPath) ? ThresholdSet.Load(thresholdsPath) : ThresholdSet.Empty;
                if (!File.Exists(thresholdsPath))
                {
                    await error.WriteLineAsync($"note: no {thresholdsPath}; nothing is thresholded.");
                }

                var (exit, _) = await new EvalApplication(EvalSuites.Default()).RunAsync(options, set, result.InvocationConfiguration.Output, cancellationToken);
                return exit;
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or InvalidDataException or Microsoft.Extensions.Options.OptionsValidationException)
            {
                await error.WriteLineAsync(e.Message);
                return UsageError;
            }
        });
        return command;
    }

    /// <summary>artifacts/eval in the repository (cases are {repo}/evals/cases), wherever the command runs from (dotnet run starts in the project folder).</summary>
    private static string DefaultOutput(string casesRoot)
    {
        var evals = Directory.GetParent(Path.GetFullPath(casesRoot).TrimEnd(Path.DirectorySeparatorChar));
        return Path.Combine(evals?.Parent?.FullName ?? Environment.CurrentDirectory, "artifacts", "eval");
    }

    /// <summary>The product's configuration as the server reads it: appsettings.json beside the program, Hiring__* variables, then --Hiring:…=… tokens.</summary>
    private static IConfiguration Configuration(string[] tokens) =>
        new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(tokens)
            .Build();
}
