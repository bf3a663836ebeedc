namespace Hiring.Agents.Screening.Transcripts;

/// <summary>One speaker's turn of a transcript: who spoke, their words as written, and when the turn started (WebVTT only).</summary>
public sealed record TranscriptTurn(string Speaker, string Text, TimeSpan? Start = null);
