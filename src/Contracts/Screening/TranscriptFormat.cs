namespace Hiring.Contracts.Screening;

/// <summary>How a screening transcript is written.</summary>
[GenerateSerializer, Alias("hiring.screening.transcript-format")]
public enum TranscriptFormat
{
    /// <summary>Tell from the text: WebVTT when it starts with "WEBVTT", speaker-labelled lines otherwise.</summary>
    Auto = 0,

    /// <summary>Plain text, one turn per "Speaker: words" line; unlabelled lines continue the turn above.</summary>
    SpeakerLabelled = 1,

    /// <summary>WebVTT captions: cues with timings, the speaker in a &lt;v Speaker&gt; voice tag or a "Speaker:" prefix.</summary>
    WebVtt = 2,
}
