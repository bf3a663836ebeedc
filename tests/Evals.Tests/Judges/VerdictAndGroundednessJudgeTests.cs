using Hiring.Evals.Judges;

namespace Hiring.Evals.Tests.Judges;

public sealed class VerdictAndGroundednessJudgeTests
{
    [Fact]
    public void MetPrecisionIsTheShareOfMetVerdictsThatWereExpectedMet()
    {
        var result = new VerdictAgreementJudge().Evaluate(new VerdictContext(
        [
            new VerdictPair("5+ years of Python", "met", "met"),
            new VerdictPair("Kubernetes", "not-met", "Met"),
            new VerdictPair("German", "partial", "partial"),
            new VerdictPair("AWS", "unknown", "not met"),
        ]));

        Assert.Equal(0.5, JudgeScores.Number(result, VerdictAgreementJudge.MetPrecision));
        Assert.Equal(0.5, JudgeScores.Number(result, VerdictAgreementJudge.Agreement));
    }

    [Fact]
    public void NoMetVerdictLeavesMetPrecisionWithoutAValue()
    {
        var result = new VerdictAgreementJudge().Evaluate(new VerdictContext([new VerdictPair("Go", "not-met", "not-met")]));

        Assert.Null(JudgeScores.Number(result, VerdictAgreementJudge.MetPrecision));
    }

    [Fact]
    public void AQuoteIsGroundedOnlyWhenItStandsVerbatimInTheSectionItNames()
    {
        var sections = new Dictionary<string, string>
        {
            ["work"] = "Built the payments platform in Go.\nRan Kubernetes clusters for 40 services.",
            ["skills"] = "Go, Kubernetes, Terraform",
        };

        var result = new GroundednessJudge().Evaluate(new GroundednessContext(
        [
            new Quote("work", "payments platform in Go"),
            new Quote("Work", "in Go. Ran Kubernetes"),
            new Quote("skills", "Built the payments platform"),
            new Quote("work", "built the payments platform"),
            new Quote("education", "Go"),
        ], sections));

        Assert.Equal(0.4, JudgeScores.Number(result, GroundednessJudge.Groundedness));
        var ungrounded = result.Get<Microsoft.Extensions.AI.Evaluation.StringMetric>(GroundednessJudge.Ungrounded).Value;
        Assert.Contains("skills: \"Built the payments platform\"", ungrounded, StringComparison.Ordinal);
        Assert.Contains("education", ungrounded, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEvaluationWithoutQuotesInventsNothing()
    {
        var result = new GroundednessJudge().Evaluate(new GroundednessContext([], new Dictionary<string, string>()));

        Assert.Equal(1.0, JudgeScores.Number(result, GroundednessJudge.Groundedness));
    }
}
