namespace Hiring.Agents.Screening.Transcripts;

/// <summary>A screen's transcript read into turns, in order; consecutive lines of one speaker are one turn.</summary>
public sealed record Transcript(IReadOnlyList<TranscriptTurn> Turns)
{
    /// <summary>The distinct speaker labels, in the order they first speak.</summary>
    public IReadOnlyList<string> Speakers => [.. Turns.Select(t => t.Speaker).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>The turns of one speaker.</summary>
    public IEnumerable<TranscriptTurn> TurnsOf(string speaker) =>
        Turns.Where(t => string.Equals(t.Speaker, speaker, StringComparison.OrdinalIgnoreCase));
}
