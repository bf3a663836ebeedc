namespace Hiring.Agents.Evaluation;

/// <summary><c>Hiring:Evaluation</c>: how the evaluation agent works through candidates.</summary>
public sealed class EvaluationOptions
{
    public const string Section = "Hiring:Evaluation";

    /// <summary>Candidates evaluated at once (profile load, masking and assessment).</summary>
    public int MaxParallelism { get; set; } = Environment.ProcessorCount;

    /// <summary>How many good matches the proposed shortlist holds, unless the step's "count" input says otherwise.</summary>
    public int ShortlistSize { get; set; } = 25;
}
