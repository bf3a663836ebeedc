using System.Text.Json;
using Hiring.Evals.Core;

namespace Hiring.Evals.Cases;

/// <summary>
/// Reads <c>{root}/{suite}/{split}.jsonl</c>: one JSON object per line, blank lines and lines
/// starting with <c>//</c> skipped. A missing file is reported (other authors may still be writing
/// it); a malformed line, a case without an id or a repeated id fails with file:line and the reason.
/// </summary>
public sealed class CaseLoader(string root)
{
    public const string CasesFolder = "evals/cases";

    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>The nearest evals/cases folder at or above each start folder (the current directory, then the program's).</summary>
    public static string? Locate(params string[] starts)
    {
        foreach (var start in starts)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, CasesFolder);
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    public static string FileName(EvalSplit split) => split == EvalSplit.Dev ? "dev.jsonl" : "blind.jsonl";

    public CaseFileRead Load(string suite, EvalSplit split)
    {
        var path = Path.Combine(Root, suite, FileName(split));
        if (!File.Exists(path))
        {
            return new CaseFileRead(suite, split, path, [], $"{suite}: no {FileName(split)} in {Path.Combine(Root, suite)}");
        }

        var cases = new List<EvalCase>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            var text = line.Trim();
            if (text.Length == 0 || text.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            var evalCase = Parse(text, split, path, number);
            if (!ids.Add(evalCase.Id))
            {
                throw new CaseFileException($"{path}:{number}: the id '{evalCase.Id}' is used twice.");
            }

            cases.Add(evalCase);
        }

        return new CaseFileRead(suite, split, path, cases);
    }

    private static EvalCase Parse(string text, EvalSplit split, string path, int line)
    {
        JsonElement json;
        try
        {
            using var document = JsonDocument.Parse(text);
            json = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new CaseFileException($"{path}:{line}: {e.Message}", e);
        }

        if (json.ValueKind != JsonValueKind.Object)
        {
            throw new CaseFileException($"{path}:{line}: a case is a JSON object, not {json.ValueKind}.");
        }

        return CaseJson.Text(json, "id") is { Length: > 0 } id
            ? new EvalCase(id, split, json, path, line)
            : throw new CaseFileException($"{path}:{line}: the case has no \"id\".");
    }
}
