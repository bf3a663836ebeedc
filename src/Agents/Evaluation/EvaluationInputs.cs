namespace Hiring.Agents.Evaluation;

/// <summary>Names of the evaluation agent's step inputs and outputs.</summary>
public static class EvaluationInputs
{
    /// <summary>Input: candidate ids, comma-separated (evaluate-candidates, shortlist).</summary>
    public const string Candidates = "candidates";

    /// <summary>Input: a candidate's id or name (explain-assessment).</summary>
    public const string Candidate = "candidate";

    /// <summary>Input: how many to shortlist.</summary>
    public const string Count = "count";

    /// <summary>Input carried by the sourcing loop; its presence sends the next step back to sourcing.</summary>
    public const string SourcingIteration = "sourcing.iteration";

    /// <summary>Output: how many candidates were evaluated.</summary>
    public const string EvaluatedCount = "evaluated.count";

    /// <summary>Output: how many were a Match or StrongMatch.</summary>
    public const string GoodCount = "good.count";

    /// <summary>Output: the good matches' ids, best first, comma-separated.</summary>
    public const string GoodIds = "good.ids";

    /// <summary>Output: the proposed shortlist (top good matches by score), comma-separated.</summary>
    public const string Shortlist = "shortlist";

    /// <summary>Output: ids moved to Shortlisted.</summary>
    public const string ShortlistedIds = "shortlisted.ids";

    /// <summary>Output: the candidate explained.</summary>
    public const string CandidateId = "candidate.id";

    public static IReadOnlyList<string> Ids(IReadOnlyDictionary<string, string> inputs, string name) =>
        inputs.TryGetValue(name, out var list)
            ? [.. list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)]
            : [];
}
