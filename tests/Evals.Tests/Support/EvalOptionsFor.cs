using Hiring.Evals.Core;
using Microsoft.Extensions.Configuration;

namespace Hiring.Evals.Tests.Support;

/// <summary>Run options over a test's own cases and output folders.</summary>
public static class EvalOptionsFor
{
    public static EvalOptions Folders(string cases, string output, params string[] suites) => new(
        suites,
        [EvalSplit.Dev, EvalSplit.Blind],
        EvalEngine.BuiltIn,
        JudgeMode.BuiltIn,
        cases,
        System.IO.Path.Combine(output, "data"),
        output,
        new ConfigurationBuilder().Build());
}
