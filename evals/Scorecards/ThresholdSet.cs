using System.Text.Json;
using Hiring.Evals.Core;

namespace Hiring.Evals.Scorecards;

/// <summary>
/// evals/thresholds.json: per suite and metric, <c>{"min": x}</c> or <c>{"max": x}</c> on the blind split
/// (the honest figure), a gate; optionally <c>"target": {"min": t}</c>, the goal above the gate, reported
/// but not failing the run; and optionally <c>"dev": {"min": y}</c> for the dev split. Keys starting
/// with "//" are comments. A malformed file fails with its path and the reason.
/// </summary>
public sealed class ThresholdSet(IReadOnlyList<Threshold> thresholds)
{
    public const string FileName = "thresholds.json";

    public IReadOnlyList<Threshold> All { get; } = thresholds;

    public static ThresholdSet Empty { get; } = new([]);

    public static ThresholdSet Load(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            return Parse(document.RootElement);
        }
        catch (Exception e) when (e is JsonException or InvalidDataException or InvalidOperationException)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }

    public static ThresholdSet Parse(JsonElement root)
    {
        var thresholds = new List<Threshold>();
        foreach (var suite in Entries(root))
        {
            foreach (var metric in Entries(suite.Value))
            {
                var targeted = metric.Value.TryGetProperty("target", out var target);
                thresholds.AddRange(Read(suite.Name, metric.Name, EvalSplit.Blind, metric.Value, target: false, required: !targeted));
                if (targeted)
                {
                    thresholds.AddRange(Read(suite.Name, metric.Name, EvalSplit.Blind, target, target: true, required: true));
                }

                if (metric.Value.TryGetProperty("dev", out var dev))
                {
                    thresholds.AddRange(Read(suite.Name, metric.Name, EvalSplit.Dev, dev));
                }
            }
        }

        return new ThresholdSet(thresholds);
    }

    public IEnumerable<Threshold> For(string suite) => All.Where(t => string.Equals(t.Suite, suite, StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<JsonProperty> Entries(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object
            ? element.EnumerateObject().Where(p => !p.Name.StartsWith("//", StringComparison.Ordinal))
            : throw new InvalidDataException($"expected an object, found {element.ValueKind}");

    private static IEnumerable<Threshold> Read(string suite, string metric, EvalSplit split, JsonElement entry, bool target = false, bool required = true)
    {
        var found = false;
        if (entry.TryGetProperty("min", out var min))
        {
            found = true;
            yield return new Threshold(suite, metric, split, ThresholdOp.Min, min.GetDouble(), target);
        }

        if (entry.TryGetProperty("max", out var max))
        {
            found = true;
            yield return new Threshold(suite, metric, split, ThresholdOp.Max, max.GetDouble(), target);
        }

        if (!found && required)
        {
            throw new InvalidDataException($"{suite}.{metric}{(split == EvalSplit.Dev ? ".dev" : "")}{(target ? ".target" : "")} has neither \"min\" nor \"max\"");
        }
    }
}
