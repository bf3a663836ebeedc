using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Hiring.Agents.Screening.Transcripts;

/// <summary>
/// Reads WebVTT captions: the "WEBVTT" header, then cues of an optional identifier, a timing line
/// ("00:01.000 --> 00:04.000") and the words. The speaker is the cue's &lt;v Speaker&gt; voice tag, or
/// a "Speaker:" prefix; a cue naming neither continues the speaker above. Other tags are dropped and
/// entities decoded; NOTE, STYLE and REGION blocks are skipped. A missing header, a cue without a
/// timing, a malformed or backwards timing, or a first cue with no speaker is refused with its line.
/// </summary>
public static partial class WebVttParser
{
    public static Transcript Parse(string text)
    {
        var lines = TranscriptText.Lines(text);
        var first = Enumerable.Range(0, lines.Count).FirstOrDefault(i => lines[i].Trim().Length > 0, -1);
        if (first < 0 || !Header().IsMatch(lines[first]))
        {
            throw new TranscriptException("This is not WebVTT: the first line must be \"WEBVTT\".");
        }

        var turns = new TurnBuilder(" ");
        var i = first + 1;
        while (i < lines.Count && lines[i].Trim().Length > 0)
        {
            i++; // header metadata lines
        }

        while (i < lines.Count)
        {
            if (lines[i].Trim().Length == 0)
            {
                i++;
                continue;
            }

            var block = new List<(int Line, string Text)>();
            for (; i < lines.Count && lines[i].Trim().Length > 0; i++)
            {
                block.Add((i + 1, lines[i]));
            }

            ReadBlock(block, turns);
        }

        var transcript = turns.Build();
        return transcript.Turns.Count > 0
            ? transcript
            : throw new TranscriptException("The WebVTT file has no cues with words.");
    }

    private static void ReadBlock(List<(int Line, string Text)> block, TurnBuilder turns)
    {
        if (Skipped().IsMatch(block[0].Text))
        {
            return;
        }

        var timing = block.FindIndex(l => l.Text.Contains("-->", StringComparison.Ordinal));
        if (timing is < 0 or > 1)
        {
            throw new TranscriptException($"Line {block[0].Line} (\"{TranscriptText.Excerpt(block[0].Text)}\") starts a cue without a timing line such as \"00:00:01.000 --> 00:00:04.000\".");
        }

        var (line, timingText) = block[timing];
        var start = ReadTiming(line, timingText);
        foreach (var (payloadLine, payload) in block.Skip(timing + 1))
        {
            ReadPayload(payloadLine, payload, start, turns);
        }
    }

    private static TimeSpan ReadTiming(int line, string text)
    {
        var match = Timing().Match(text);
        if (!match.Success || Time(match.Groups["start"].Value) is not { } start || Time(match.Groups["end"].Value) is not { } end)
        {
            throw new TranscriptException($"Line {line} (\"{TranscriptText.Excerpt(text)}\") is not a cue timing such as \"00:00:01.000 --> 00:00:04.000\".");
        }

        return end >= start
            ? start
            : throw new TranscriptException($"Line {line}: the cue ends ({match.Groups["end"].Value}) before it starts ({match.Groups["start"].Value}).");
    }

    private static void ReadPayload(int line, string payload, TimeSpan start, TurnBuilder turns)
    {
        var voice = Voice().Match(payload);
        var speaker = voice.Success ? voice.Groups["speaker"].Value.Trim() : null;
        var words = Clean(voice.Success ? payload[(voice.Index + voice.Length)..] : payload);
        if (speaker is null && SpeakerLine.TryRead(words, out var labelled, out var rest))
        {
            (speaker, words) = (labelled, rest);
        }

        if (words.Length == 0)
        {
            return;
        }

        if (speaker is { Length: > 0 })
        {
            turns.Add(speaker, words, start);
        }
        else if (turns.LastSpeaker is not null)
        {
            turns.Continue(words);
        }
        else
        {
            throw new TranscriptException($"Line {line} (\"{TranscriptText.Excerpt(payload)}\") names no speaker: use a voice tag such as \"<v Recruiter>\" or start the words with \"Recruiter:\".");
        }
    }

    private static string Clean(string payload) => WebUtility.HtmlDecode(Tag().Replace(payload, "")).Trim();

    private static TimeSpan? Time(string value)
    {
        string[] formats = [@"hh\:mm\:ss\.fff", @"mm\:ss\.fff", @"h\:mm\:ss\.fff"];
        return TimeSpan.TryParseExact(value, formats, CultureInfo.InvariantCulture, out var time) ? time : null;
    }

    [GeneratedRegex(@"^\uFEFF?WEBVTT(?:[ \t].*)?$")]
    private static partial Regex Header();

    [GeneratedRegex(@"^(?:NOTE|STYLE|REGION)(?:\s|$)")]
    private static partial Regex Skipped();

    [GeneratedRegex(@"^\s*(?<start>(?:\d{1,2}:)?\d{2}:\d{2}\.\d{3})\s+-->\s+(?<end>(?:\d{1,2}:)?\d{2}:\d{2}\.\d{3})(?:\s+.*)?$")]
    private static partial Regex Timing();

    [GeneratedRegex(@"^\s*<v(?:\.[\w.-]+)?\s+(?<speaker>[^>]+)>")]
    private static partial Regex Voice();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();
}
