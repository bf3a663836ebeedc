namespace Hiring.Contracts.Planning;

/// <summary>A question the assistant asked the recruiter that is still open: their next message is its answer unless it clearly starts something else.</summary>
/// <param name="Kind">What is asked: "intake" (something the request did not say), "calibration" (reactions to a calibration batch) or "approval" (which pending approval a decision means).</param>
/// <param name="Asked">The question as the recruiter saw it.</param>
/// <param name="Request">The message the question is about (for intake: the original request, to be read again with the answer).</param>
/// <param name="Missing">For intake: what is missing ("title", "location").</param>
/// <param name="ProjectId">The project the question is about, when there is one.</param>
/// <param name="Candidates">For calibration: the candidates shown, in the order shown (so "1 and 3" can be read).</param>
[GenerateSerializer, Immutable, Alias("hiring.planning.open-question")]
public sealed record OpenQuestion(
    [property: Id(0)] string Kind,
    [property: Id(1)] string Asked,
    [property: Id(2)] string Request,
    [property: Id(3)] IReadOnlyList<string> Missing,
    [property: Id(4)] string? ProjectId = null,
    [property: Id(5)] IReadOnlyList<string>? Candidates = null)
{
    /// <summary>Kind of a question intake asked about the request.</summary>
    public const string Intake = "intake";

    /// <summary>Kind of the question that follows a calibration batch.</summary>
    public const string Calibration = "calibration";

    /// <summary>Kind of the question which pending approval a decision said in chat means; <see cref="Request"/> holds the decision, <see cref="Missing"/> the approvals it could mean.</summary>
    public const string Approval = "approval";
}
