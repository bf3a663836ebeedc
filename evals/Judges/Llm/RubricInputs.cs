using Microsoft.Extensions.AI.Evaluation;

namespace Hiring.Evals.Judges.Llm;

/// <summary>The values a rubric prompt is rendered with (its input variables, by name).</summary>
public sealed class RubricInputs(IReadOnlyDictionary<string, string> values)
    : EvaluationContext("rubric inputs", string.Join("\n", values.Select(v => $"{v.Key}: {v.Value}")))
{
    public IReadOnlyDictionary<string, string> Values { get; } = values;
}
