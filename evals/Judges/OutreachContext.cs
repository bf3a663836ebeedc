using Microsoft.Extensions.AI.Evaluation;

namespace Hiring.Evals.Judges;

/// <summary>
/// What <see cref="OutreachJudge"/> checks in one draft: the facts it says it cites (section and words),
/// the profile's sections, the first message as sent, what the product's promise check found, and the
/// message's words against its length limit.
/// </summary>
public sealed class OutreachContext(IReadOnlyList<Quote> cited, IReadOnlyDictionary<string, string> sections, string message, IReadOnlyList<string> promises, int limit)
    : EvaluationContext("outreach", $"{cited.Count} cited facts, {promises.Count} promises, limit {limit}")
{
    public IReadOnlyList<Quote> Cited { get; } = cited;

    public IReadOnlyDictionary<string, string> Sections { get; } = sections;

    /// <summary>The first message, subject and body.</summary>
    public string Message { get; } = message;

    /// <summary>The promises beyond the spec and FAQ the product's <c>PromiseCheck</c> found.</summary>
    public IReadOnlyList<string> Promises { get; } = promises;

    /// <summary>The most words the message's body may have.</summary>
    public int Limit { get; } = limit;
}
