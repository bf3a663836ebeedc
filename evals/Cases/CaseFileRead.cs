using Hiring.Evals.Core;

namespace Hiring.Evals.Cases;

/// <summary>The cases of one suite's split, or why there are none (the file does not exist yet).</summary>
/// <param name="Suite">The suite.</param>
/// <param name="Split">The split.</param>
/// <param name="Path">The file.</param>
/// <param name="Cases">Its cases, in file order; empty when missing.</param>
/// <param name="Missing">Set when the file does not exist.</param>
public sealed record CaseFileRead(string Suite, EvalSplit Split, string Path, IReadOnlyList<EvalCase> Cases, string? Missing = null);
