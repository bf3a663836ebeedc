using Hiring.Contracts.Screening;

namespace Hiring.Agents.Screening.Transcripts;

/// <summary>
/// Reads a transcript in its format (Auto: WebVTT when it starts with "WEBVTT"), and finds one pasted
/// into a chat message after the recruiter's own words ("summarize this transcript:\nRecruiter: …").
/// Refuses (<see cref="TranscriptException"/>) an empty or oversized one before reading it.
/// </summary>
public static class TranscriptReader
{
    /// <summary>The most characters a transcript may have: the size of the largest chat message.</summary>
    public const int MaxLength = 32_000;

    public static Transcript Read(string text, TranscriptFormat format = TranscriptFormat.Auto)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new TranscriptException("The transcript is empty.");
        }

        if (text.Length > MaxLength)
        {
            throw new TranscriptException($"The transcript has {text.Length} characters; at most {MaxLength} are taken. Split it, or import the part about the qualifications.");
        }

        var vtt = format == TranscriptFormat.WebVtt || (format == TranscriptFormat.Auto && text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n').StartsWith("WEBVTT", StringComparison.Ordinal));
        return vtt ? WebVttParser.Parse(text) : SpeakerLabelledParser.Parse(text);
    }

    /// <summary>The transcript pasted into a chat message, read from its "WEBVTT" line or its first "Speaker:" line; null when the message holds none.</summary>
    public static Transcript? FindIn(string message)
    {
        var lines = TranscriptText.Lines(message);
        var vtt = Array.FindIndex([.. lines], l => l.TrimStart().StartsWith("WEBVTT", StringComparison.Ordinal));
        if (vtt >= 0)
        {
            return Read(string.Join('\n', lines.Skip(vtt)), TranscriptFormat.WebVtt);
        }

        // A transcript is a conversation: at least two labelled lines, so "Note: call Maria" is no transcript.
        var labelled = Enumerable.Range(0, lines.Count).Where(i => SpeakerLine.TryRead(lines[i], out _, out _)).ToList();
        return labelled.Count >= 2 ? Read(string.Join('\n', lines.Skip(labelled[0])), TranscriptFormat.SpeakerLabelled) : null;
    }
}
