namespace Hiring.Agents.Screening.Transcripts;

/// <summary>Line splitting and short excerpts for the parsers' messages.</summary>
internal static class TranscriptText
{
    private const int ExcerptLength = 60;

    public static IReadOnlyList<string> Lines(string text) =>
        text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');

    public static string Excerpt(string line)
    {
        var trimmed = line.Trim();
        return trimmed.Length <= ExcerptLength ? trimmed : trimmed[..ExcerptLength] + "…";
    }
}
