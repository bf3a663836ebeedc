using Hiring.Evals.Core;

namespace Hiring.Evals.Tests.Support;

/// <summary>A cases folder of one test's own, written line by line.</summary>
public sealed class CaseFolder : IDisposable
{
    private readonly TempDataDirectory _root = new();

    public string Path => _root.Path;

    public CaseFolder With(string suite, EvalSplit split, params string[] lines)
    {
        var folder = System.IO.Path.Combine(Path, suite);
        Directory.CreateDirectory(folder);
        File.WriteAllLines(System.IO.Path.Combine(folder, split == EvalSplit.Dev ? "dev.jsonl" : "blind.jsonl"), lines);
        return this;
    }

    public void Dispose() => _root.Dispose();
}
