namespace Hiring.Contracts.Supervisor;

/// <summary>
/// A request the assistant refuses, with a machine-readable code and a sentence for the recruiter.
/// Nothing was changed. The gateway turns it into a GraphQL error with the code as extension.
/// </summary>
[GenerateSerializer, Alias("hiring.supervisor.refusal")]
public sealed class AssistantRefusalException : Exception
{
    /// <summary>Creates a refusal.</summary>
    public AssistantRefusalException(string code, string message) : base(message) => Code = code;

    /// <summary>Creates a refusal with no code.</summary>
    public AssistantRefusalException() => Code = RefusalCodes.Invalid;

    /// <summary>Creates a refusal with no code.</summary>
    public AssistantRefusalException(string message) : base(message) => Code = RefusalCodes.Invalid;

    /// <summary>Creates a refusal with no code and an inner exception.</summary>
    public AssistantRefusalException(string message, Exception inner) : base(message, inner) => Code = RefusalCodes.Invalid;

    /// <summary>One of <see cref="RefusalCodes"/>.</summary>
    [Id(0)]
    public string Code { get; private set; }
}
