using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Hiring.Evals.Core;

namespace Hiring.Evals.Scorecards;

/// <summary>
/// Writes a run's files to the output folder: scorecard.json (the previous one kept as
/// scorecard.previous.json first), scorecard.md, and results.jsonl with one line per case. Blind
/// cases are written by id, result and scores only: never their text or the judges' reasons.
/// </summary>
public static class ScorecardWriter
{
    public const string Json = "scorecard.json";
    public const string Previous = "scorecard.previous.json";
    public const string Markdown = "scorecard.md";
    public const string Results = "results.jsonl";

    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonSerializerOptions Line = new(Options) { WriteIndented = false };

    /// <summary>Moves the last scorecard aside and reads it, so the new one can show the change.</summary>
    public static Scorecard? KeepPrevious(string outputDirectory)
    {
        var current = Path.Combine(outputDirectory, Json);
        var previous = Path.Combine(outputDirectory, Previous);
        if (File.Exists(current))
        {
            File.Move(current, previous, overwrite: true);
        }

        if (!File.Exists(previous))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<Scorecard>(File.ReadAllText(previous), Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static void Write(string outputDirectory, Scorecard card, EvalResult result)
    {
        Directory.CreateDirectory(outputDirectory);
        File.WriteAllText(Path.Combine(outputDirectory, Json), JsonSerializer.Serialize(card, Options), new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(outputDirectory, Markdown), ScorecardMarkdown.Render(card), new UTF8Encoding(false));
        using var results = new StreamWriter(Path.Combine(outputDirectory, Results), append: false, new UTF8Encoding(false));
        foreach (var suite in result.Suites)
        {
            foreach (var split in suite.Splits)
            {
                foreach (var c in split.Cases)
                {
                    results.WriteLine(JsonSerializer.Serialize(Row(suite.Suite, split.Split, c), Line));
                }
            }
        }
    }

    private static object Row(string suite, EvalSplit split, CaseResult c) => split == EvalSplit.Blind
        ? new { suite, split = "blind", c.Id, c.Passed, error = c.Error is null ? null : "the case threw", judges = c.Judges.Select(j => new { j.Judge, j.Metric, j.Value, failed = j.Error is not null }) }
        : new { suite, split = "dev", c.Id, c.Passed, c.Expected, c.Actual, c.Error, judges = c.Judges.Select(j => new { j.Judge, j.Metric, j.Value, j.Reason, j.Error }) };
}
