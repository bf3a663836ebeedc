using Microsoft.Extensions.AI.Evaluation;

namespace Hiring.Evals.Judges.Llm;

/// <summary>Two answers to one input, to be compared by <see cref="PairwiseJudge"/>.</summary>
public sealed class PairwiseInputs(string input, string first, string second, string criteria)
    : EvaluationContext("pairwise inputs", $"input: {input}\nfirst: {first}\nsecond: {second}")
{
    public string Input { get; } = input;

    public string First { get; } = first;

    public string Second { get; } = second;

    public string Criteria { get; } = criteria;
}
