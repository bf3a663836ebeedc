using System.CommandLine;

namespace Hiring.Gateway.Cli;

/// <summary>Options every command understands.</summary>
public static class CommonOptions
{
    public static readonly Option<string?> Data = new("--data")
    {
        Description = "Data folder (SQLite database, indexes, caches). Default ./data, or Hiring:DataDir.",
        Recursive = true,
    };

    /// <summary>The data folder from --data, else configuration (Hiring__DataDir), else ./data.</summary>
    public static string ResolveDataDir(ParseResult result) =>
        Path.GetFullPath(result.GetValue(Data)
            ?? Environment.GetEnvironmentVariable("Hiring__DataDir")
            ?? Hosting.HiringSettings.DefaultDataDir);
}
