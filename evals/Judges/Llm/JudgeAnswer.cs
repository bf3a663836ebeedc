using System.Text.Json;

namespace Hiring.Evals.Judges.Llm;

/// <summary>A judge's structured answer, or why there is none.</summary>
/// <param name="Json">The validated answer; null when the judge failed.</param>
/// <param name="Error">Why the judge failed (an unusable answer twice, a model error).</param>
/// <param name="Cached">True when the answer came from the cache.</param>
public sealed record JudgeAnswer(JsonElement? Json, string? Error, bool Cached)
{
    public static JudgeAnswer Failed(string error) => new(null, error, false);
}
