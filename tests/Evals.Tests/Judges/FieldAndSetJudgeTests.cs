using Hiring.Evals.Judges;

namespace Hiring.Evals.Tests.Judges;

public sealed class FieldAndSetJudgeTests
{
    private static string Canon(string title) => title.Trim().ToLowerInvariant() switch
    {
        "sre" => "site reliability engineer",
        var other => other,
    };

    [Fact]
    public void ExactFieldsCompareThroughTheSuitesCanonicalizerAndAcceptAnyListedValue()
    {
        var result = new ExactFieldsJudge().Evaluate(new FieldsContext(
        [
            new FieldCheck("title", ["site reliability engineer"], "SRE", Canon),
            new FieldCheck("title-any", ["growth marketer", "growth marketing manager"], "Growth Marketing Manager", Canon),
            FieldCheck.Exact("intent", "StartProject", "FindCandidates"),
            FieldCheck.Exact("seniority", null, ""),
        ]));

        Assert.Equal(0.75, JudgeScores.Number(result, ExactFieldsJudge.Accuracy));
        Assert.True(JudgeScores.Holds(result, "field.title"));
        Assert.True(JudgeScores.Holds(result, "field.title-any"));
        Assert.False(JudgeScores.Holds(result, "field.intent"));
        Assert.True(JudgeScores.Holds(result, "field.seniority"));
    }

    [Fact]
    public void AnExpectedNothingIsRightOnlyWhenNothingWasGiven()
    {
        Assert.True(FieldCheck.Exact("seniority", null, null).Holds);
        Assert.False(FieldCheck.Exact("seniority", null, "senior").Holds);
        Assert.False(FieldCheck.Exact("seniority", "senior", null).Holds);
    }

    [Fact]
    public void ASetComparisonNamesWhatIsMissingAndWhatIsExtra()
    {
        var result = new SetComparisonJudge().Evaluate(new SetsContext(
        [
            new SetCheck("must", ["terraform", "kubernetes"], ["kubernetes", "go"]),
            new SetCheck("nice", ["go"], ["Go"]),
        ]));

        Assert.False(JudgeScores.Holds(result, "set.must"));
        Assert.True(JudgeScores.Holds(result, "set.nice"));
        Assert.Equal(0.5, JudgeScores.Number(result, "set.must.precision"));
        Assert.Equal(0.5, JudgeScores.Number(result, "set.must.recall"));
        Assert.Equal("missing [terraform], extra [go]", result.Metrics["set.must"].Reason);
    }

    [Fact]
    public void AContainsComparisonAllowsExtrasButNotMissingItems()
    {
        Assert.True(new SetCheck("must", ["rust"], ["rust", "postgresql"], SetMode.Contains).Holds);
        Assert.False(new SetCheck("must", ["rust", "go"], ["rust", "postgresql"], SetMode.Contains).Holds);
    }

    [Fact]
    public void ARefusalIsCompleteOnlyWhenEveryExpectedAttributeIsNamed()
    {
        var judge = new RefusalJudge();

        var complete = judge.Evaluate(new RefusalContext(["age", "gender"], ["Gender", "age", "religion"]));
        var partial = judge.Evaluate(new RefusalContext(["age", "gender"], ["age"]));
        var lawful = judge.Evaluate(new RefusalContext([], []));
        var falseRefusal = judge.Evaluate(new RefusalContext([], ["pregnancy"]));

        Assert.True(JudgeScores.Holds(complete, RefusalJudge.Complete));
        Assert.Equal("religion", complete.Get<Microsoft.Extensions.AI.Evaluation.StringMetric>(RefusalJudge.Extra).Value);
        Assert.False(JudgeScores.Holds(partial, RefusalJudge.Complete));
        Assert.Equal("gender", partial.Get<Microsoft.Extensions.AI.Evaluation.StringMetric>(RefusalJudge.Missed).Value);
        Assert.True(JudgeScores.Holds(lawful, RefusalJudge.Complete));
        Assert.False(JudgeScores.Holds(lawful, RefusalJudge.FalseRefusal));
        Assert.True(JudgeScores.Holds(falseRefusal, RefusalJudge.FalseRefusal));
    }
}
