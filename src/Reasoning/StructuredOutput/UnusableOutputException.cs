namespace Hiring.Reasoning.StructuredOutput;

/// <summary>The model answered, but the answer cannot be used; the message says why.</summary>
public sealed class UnusableOutputException : Exception
{
    public UnusableOutputException()
    {
    }

    public UnusableOutputException(string message)
        : base(message)
    {
    }

    public UnusableOutputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
