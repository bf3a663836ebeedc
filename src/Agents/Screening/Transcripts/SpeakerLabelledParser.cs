namespace Hiring.Agents.Screening.Transcripts;

/// <summary>
/// Reads a plain-text transcript of "Speaker: words" lines ("Recruiter: …", "Candidate: …",
/// "Maria: …"). A line without a label continues the turn above; text before the first label, or no
/// labelled line at all, is refused with the line it stopped at.
/// </summary>
public static class SpeakerLabelledParser
{
    public static Transcript Parse(string text)
    {
        var turns = new TurnBuilder("\n");
        var lines = TranscriptText.Lines(text);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Trim().Length == 0)
            {
                continue;
            }

            if (SpeakerLine.TryRead(line, out var speaker, out var words))
            {
                turns.Add(speaker, words);
            }
            else if (!turns.IsEmpty)
            {
                turns.Continue(line.Trim());
            }
            else
            {
                throw new TranscriptException($"Line {i + 1} (\"{TranscriptText.Excerpt(line)}\") names no speaker: each turn starts with \"Speaker: words\", for example \"Recruiter: …\" or \"Candidate: …\".");
            }
        }

        var transcript = turns.Build();
        return transcript.Turns.Count > 0
            ? transcript
            : throw new TranscriptException("The transcript has no turns: each turn starts with \"Speaker: words\".");
    }
}
