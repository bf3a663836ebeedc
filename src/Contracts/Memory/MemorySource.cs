namespace Hiring.Contracts.Memory;

/// <summary>Where a memory came from: the recruiter's message (its client id and the words), an approval, or a conversation.</summary>
/// <param name="Kind">"message", "approval" or "conversation".</param>
/// <param name="Reference">The client message id, approval id or project id it came from.</param>
/// <param name="Quote">The recruiter's words it was read from, as written.</param>
/// <param name="ProjectId">The project the recruiter was working on then, when any.</param>
/// <param name="From">For a conversation: when its stretch began (the days it answers for).</param>
/// <param name="To">For a conversation: when its stretch last went on.</param>
[GenerateSerializer, Immutable, Alias("hiring.memory.source")]
public sealed record MemorySource(
    [property: Id(0)] string Kind,
    [property: Id(1)] string Reference,
    [property: Id(2)] string Quote,
    [property: Id(3)] string? ProjectId = null,
    [property: Id(4)] DateTimeOffset? From = null,
    [property: Id(5)] DateTimeOffset? To = null)
{
    /// <summary>Read from one of the recruiter's messages.</summary>
    public const string Message = "message";

    /// <summary>A decision the recruiter took on an approval.</summary>
    public const string Approval = "approval";

    /// <summary>A summary of a conversation about a project.</summary>
    public const string Conversation = "conversation";
}
