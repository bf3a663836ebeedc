using Hiring.Agents.Screening.Transcripts;
using Hiring.Contracts.Screening;

namespace Hiring.Agents.Tests.Screening;

/// <summary>Plain speaker-labelled text, named speakers and WebVTT read into turns; broken input is refused with where and why.</summary>
public sealed class TranscriptReaderTests
{
    [Fact]
    public void SpeakerLabelledLinesBecomeTurnsAndUnlabelledLinesContinueTheTurnAbove()
    {
        var transcript = TranscriptReader.Read("Recruiter: How long have you run Kubernetes?\nCandidate: About four years.\nMostly on EKS, with Helm.\n\nRecruiter: Thanks.");

        Assert.Equal(["Recruiter", "Candidate", "Recruiter"], transcript.Turns.Select(t => t.Speaker));
        Assert.Equal("About four years.\nMostly on EKS, with Helm.", transcript.Turns[1].Text);
        Assert.Equal(["Recruiter", "Candidate"], transcript.Speakers);
    }

    [Fact]
    public void NamedSpeakersWithTimestampsAreRead()
    {
        var transcript = TranscriptReader.Read("[00:00:05] Ana Silva: Welcome, Maria.\n[00:00:09] Maria Lopez: Thanks for having me.");

        Assert.Equal(["Ana Silva", "Maria Lopez"], transcript.Speakers);
        Assert.Equal("Thanks for having me.", transcript.Turns[1].Text);
    }

    [Fact]
    public void WebVttCuesAreReadWithTheirVoicesTimingsAndEntitiesAndConsecutiveCuesOfOneSpeakerAreOneTurn()
    {
        const string vtt = "WEBVTT\n\nNOTE exported by the meeting app\n\n1\n00:00:01.000 --> 00:00:04.000\n<v Recruiter>Tell me about Go &amp; Kubernetes.</v>\n\n2\n00:00:04.500 --> 00:00:08.000\n<v.loud Maria Lopez>I wrote <i>Go</i> services for five years.\n\n00:08.100 --> 00:00:10.000\n<v Maria Lopez>Mostly payments.\n\n00:00:10.500 --> 00:00:12.000\nRecruiter: Great.";

        var transcript = TranscriptReader.Read(vtt);

        Assert.Equal(["Recruiter", "Maria Lopez", "Recruiter"], transcript.Turns.Select(t => t.Speaker));
        Assert.Equal("Tell me about Go & Kubernetes.", transcript.Turns[0].Text);
        Assert.Equal("I wrote Go services for five years. Mostly payments.", transcript.Turns[1].Text);
        Assert.Equal(TimeSpan.FromSeconds(4.5), transcript.Turns[1].Start);
        Assert.Equal("Great.", transcript.Turns[2].Text);
    }

    [Theory]
    [InlineData("Hello there, this is just prose.\nRecruiter: hi", "Line 1")]
    [InlineData("   \n  ", "empty")]
    [InlineData("WEBVTT\n\n00:00:01.000 -> 00:00:02.000\n<v A>hi", "Line 3")]
    [InlineData("WEBVTT\n\n00:00:05.000 --> 00:00:02.000\n<v A>hi", "ends")]
    [InlineData("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nno speaker here", "names no speaker")]
    [InlineData("WEBVTT\n\n", "no cues")]
    public void BrokenTranscriptsAreRefusedWithWhereAndWhy(string text, string reason)
    {
        var refused = Assert.Throws<TranscriptException>(() => TranscriptReader.Read(text));

        Assert.Contains(reason, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WebVttWithoutItsHeaderIsRefusedWhenTheFormatIsGiven()
    {
        var refused = Assert.Throws<TranscriptException>(() => TranscriptReader.Read("00:00:01.000 --> 00:00:02.000\n<v A>hi", TranscriptFormat.WebVtt));

        Assert.Contains("WEBVTT", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOversizedTranscriptIsRefusedBeforeItIsRead()
    {
        var refused = Assert.Throws<TranscriptException>(() => TranscriptReader.Read("Recruiter: " + new string('a', TranscriptReader.MaxLength)));

        Assert.Contains($"at most {TranscriptReader.MaxLength}", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ATranscriptPastedAfterTheRecruitersWordsIsFoundAndAMessageWithoutOneHasNone()
    {
        var found = TranscriptReader.FindIn("Summarize my screen with Maria:\nRecruiter: Any Go?\nMaria: Five years of it.");

        Assert.Equal(["Recruiter", "Maria"], found!.Speakers);
        Assert.Null(TranscriptReader.FindIn("summarize the transcript of my call with Maria"));
    }
}
