namespace Hiring.Agents.Screening.Transcripts;

/// <summary>Collects lines into turns: a line of the same speaker as the turn above continues it.</summary>
internal sealed class TurnBuilder(string joiner)
{
    private readonly List<TranscriptTurn> _turns = [];

    public bool IsEmpty => _turns.Count == 0;

    public string? LastSpeaker => _turns.Count > 0 ? _turns[^1].Speaker : null;

    public void Add(string speaker, string text, TimeSpan? start = null)
    {
        if (_turns.Count > 0 && string.Equals(_turns[^1].Speaker, speaker, StringComparison.OrdinalIgnoreCase))
        {
            Continue(text);
            return;
        }

        _turns.Add(new TranscriptTurn(speaker, text, start));
    }

    public void Continue(string text)
    {
        var last = _turns[^1];
        _turns[^1] = last with { Text = last.Text.Length == 0 ? text : last.Text + joiner + text };
    }

    public Transcript Build() => new([.. _turns.Where(t => t.Text.Trim().Length > 0)]);
}
