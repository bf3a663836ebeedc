using System.Text.Json;
using Hiring.Evals.Core;

namespace Hiring.Evals.Cases;

/// <summary>One case as written: its id, split, JSON object and where it came from.</summary>
/// <param name="Id">The case's "id".</param>
/// <param name="Split">The split its file belongs to.</param>
/// <param name="Json">The whole case object.</param>
/// <param name="File">The file it was read from.</param>
/// <param name="Line">Its line in that file (1-based).</param>
public sealed record EvalCase(string Id, EvalSplit Split, JsonElement Json, string File, int Line)
{
    /// <summary>A property of the case, or null when absent or JSON null.</summary>
    public JsonElement? Get(string name) => CaseJson.Get(Json, name);

    /// <summary>A required object property; a case without it fails with its id and the property's name.</summary>
    public JsonElement Require(string name) =>
        Get(name) ?? throw new InvalidDataException($"Case '{Id}' ({System.IO.Path.GetFileName(File)}:{Line}) has no '{name}'.");
}
