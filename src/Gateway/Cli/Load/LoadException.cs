namespace Hiring.Gateway.Cli.Load;

/// <summary>An operation of a simulated recruiter that failed; <see cref="Code"/> is what the report counts it under.</summary>
public sealed class LoadException(string code) : Exception(code)
{
    public string Code { get; } = code;
}
