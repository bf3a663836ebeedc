namespace Hiring.Agents.Screening.Transcripts;

/// <summary>A transcript that cannot be read; the message says where and why, in words for the recruiter.</summary>
public sealed class TranscriptException : Exception
{
    public TranscriptException()
    {
    }

    public TranscriptException(string message)
        : base(message)
    {
    }

    public TranscriptException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
