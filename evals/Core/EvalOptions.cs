using Microsoft.Extensions.Configuration;

namespace Hiring.Evals.Core;

/// <summary>What one <c>hiring eval</c> run does.</summary>
/// <param name="Suites">Suite names to run; empty for all registered suites.</param>
/// <param name="Splits">Dev, blind or both.</param>
/// <param name="Engine">The product's reasoning engine during the run.</param>
/// <param name="Judges">Which judges score.</param>
/// <param name="CasesRoot">The evals/cases folder.</param>
/// <param name="DataDirectory">The data folder: the eval pool is seeded under it once and reused.</param>
/// <param name="OutputDirectory">Where the scorecard, per-case results and the judge cache go.</param>
/// <param name="Configuration">The product's configuration (Hiring:Ai:* and the rest).</param>
public sealed record EvalOptions(
    IReadOnlyList<string> Suites,
    IReadOnlyList<EvalSplit> Splits,
    EvalEngine Engine,
    JudgeMode Judges,
    string CasesRoot,
    string DataDirectory,
    string OutputDirectory,
    IConfiguration Configuration)
{
    public bool LlmJudges => Judges != JudgeMode.BuiltIn;

    /// <summary>The judge cache: under the output folder, so a rerun costs nothing.</summary>
    public string CacheDirectory => Path.Combine(OutputDirectory, "cache");
}
