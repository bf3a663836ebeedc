using Hiring.Agents.Screening;
using Hiring.Agents.Screening.Summaries;
using Hiring.Agents.Screening.Transcripts;
using Hiring.Agents.Tests.Evaluation.Support;
using Hiring.Agents.Tests.Policy;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Screening;

namespace Hiring.Agents.Tests.Screening;

/// <summary>A summary quotes only the candidate's own words, verbatim, and lists what the screen did not touch as not covered.</summary>
public sealed class TranscriptSummaryTests
{
    internal const string Screen = """
        Recruiter: Thanks for joining, Maria. How much Kubernetes have you run in production?
        Maria Lopez: About four years, mostly on EKS. I migrated our payments platform to it.
        Recruiter: And Go?
        Maria Lopez: I write Go every day. Our settlement services are all Go.
        Recruiter: Great, we also use Terraform here.
        Maria Lopez: Sounds good.
        """;

    internal static readonly Qualification[] Qualifications = [Quals.Skill("q1", "Kubernetes"), Quals.Skill("q2", "Go", 5), Quals.Skill("q3", "Kafka", kind: QualificationKind.NiceToHave)];
    private static readonly ScreeningPhrases Phrases = ScreeningPhrases.Load(PolicyResources.Prompts);

    private readonly TranscriptSummarizer _summarizer = new(new QualificationTerms(Phrases), Phrases);
    private readonly SummaryCheck _check = new(Phrases);
    private readonly Transcript _transcript = TranscriptReader.Read(Screen);

    [Fact]
    public void EachNoteQuotesTheCandidateVerbatimAndAQualificationNobodySpokeToIsNotCovered()
    {
        var summary = Summarize();

        Assert.Equal([NoteCoverage.Covered, NoteCoverage.Covered, NoteCoverage.NotCovered], summary.Notes.Select(n => n.Coverage));
        Assert.All(summary.Notes.SelectMany(n => n.Quotes), q => Assert.True(TranscriptQuotes.IsVerbatim(_transcript, "Maria Lopez", q), q));
        // Asked about Kubernetes, she answered without naming it: the answer is the quote.
        Assert.Contains("About four years, mostly on EKS.", summary.Notes[0].Quotes);
        Assert.Contains("I write Go every day.", summary.Notes[1].Quotes);
        Assert.Empty(summary.Notes[2].Quotes);
        Assert.Contains("Not covered: Kafka", summary.Text, StringComparison.Ordinal);
        Assert.Contains("2 of 3", summary.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheRecruitersWordsAreNeverQuotedAsTheCandidates()
    {
        var summary = Summarize();

        Assert.DoesNotContain(summary.Notes.SelectMany(n => n.Quotes), q => q.Contains("Terraform", StringComparison.Ordinal) || q.Contains("How much", StringComparison.Ordinal));
        Assert.False(TranscriptQuotes.IsVerbatim(_transcript, "Maria Lopez", "How much Kubernetes have you run in production?"));
    }

    [Fact]
    public void AFabricatedQuoteIsRejectedAndANoteLeftWithoutQuotesIsNotCovered()
    {
        var summary = Summarize();
        var invented = summary with
        {
            Notes =
            [
                summary.Notes[0] with { Quotes = ["I have run Kubernetes for ten years."] },
                summary.Notes[1] with { Quotes = ["I write Go every day.", "I wrote the Go compiler."] },
                summary.Notes[2],
            ],
        };

        var review = _check.Check(invented, "Maria Lopez", _transcript, Qualifications);

        Assert.Equal(["I have run Kubernetes for ten years.", "I wrote the Go compiler."], review.Rejected);
        Assert.Equal(NoteCoverage.NotCovered, review.Summary.Notes[0].Coverage);
        Assert.Equal(["I write Go every day."], review.Summary.Notes[1].Quotes);
        Assert.DoesNotContain("compiler", string.Join(" ", review.Summary.Notes.Select(n => n.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public void TheBuiltInSummaryPassesItsOwnCheckWholly()
    {
        var summary = Summarize();

        var review = _check.Check(summary, "Maria Lopez", _transcript, Qualifications);

        Assert.Empty(review.Rejected);
        Assert.Equal(summary.Notes.SelectMany(n => n.Quotes), review.Summary.Notes.SelectMany(n => n.Quotes));
    }

    [Theory]
    [InlineData("Recruiter: Hi.\nCandidate: Hello.", "Candidate")]
    [InlineData("Interviewer: Hi.\nMaria: Hello.", "Maria")]
    [InlineData("Ana: Hi.\nRecruiter: Hello.\nJoe: Hey.", null)]
    public void TheCandidatesSpeakerIsTheCandidateLabelOrTheirNameAndOtherwiseRefused(string text, string? expected)
    {
        var speakers = new CandidateSpeaker(Phrases);
        var transcript = TranscriptReader.Read(text);

        if (expected is null)
        {
            var refused = Assert.Throws<TranscriptException>(() => speakers.Find(transcript, "Maria Lopez"));
            Assert.Contains("Ana, Recruiter, Joe", refused.Message, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(expected, speakers.Find(transcript, "Maria Lopez"));
        }
    }

    private ScreeningSummary Summarize() =>
        _summarizer.Summarize("maria", "Maria Lopez", _transcript, new CandidateSpeaker(Phrases).Find(_transcript, "Maria Lopez"), Qualifications, DateTimeOffset.UnixEpoch);
}
