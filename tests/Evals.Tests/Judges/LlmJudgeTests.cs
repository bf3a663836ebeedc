using Hiring.Evals.Core;
using Hiring.Evals.Judges;
using Hiring.Evals.Judges.Llm;
using Hiring.Evals.Tests.Support;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;
using Microsoft.Extensions.Configuration;

namespace Hiring.Evals.Tests.Judges;

/// <summary>The LLM judges through the product's configuration and Semantic Kernel's OpenAI connector, against the fake server.</summary>
public sealed class LlmJudgeTests(FakeOpenAIServer server) : IClassFixture<FakeOpenAIServer>, IDisposable
{
    private const string GoodScore = """{"score": 4, "reason": "Says what it did; the next step is vague."}""";
    private readonly TempDataDirectory _cache = new();

    [Fact]
    public async Task ARubricJudgeScoresFromTheModelsJsonAnswer()
    {
        server.Script(FakeReply.Json(GoodScore));
        using var judges = Judges();

        var result = await ReplyQualityAsync(judges);

        var score = result.Get<NumericMetric>(RubricJudge.Score);
        Assert.Equal((4.0, "Says what it did; the next step is vague."), (score.Value, score.Reason));
        var request = Assert.Single(server.Requests);
        Assert.Equal("judge-model", request.Body.GetProperty("model").GetString());
        var text = string.Join("\n", request.Messages.Select(m => m.GetProperty("content").GetString()));
        Assert.Contains("The assistant's reply: I created the project.", text, StringComparison.Ordinal);
        Assert.Contains("\"maximum\":5", text.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AGarbageAnswerGetsOneRepairTurnWithTheReason()
    {
        server.Script(FakeReply.Json("I think it is pretty good!"), FakeReply.Json(GoodScore));
        using var judges = Judges();

        var result = await ReplyQualityAsync(judges);

        Assert.Equal(4.0, result.Get<NumericMetric>(RubricJudge.Score).Value);
        Assert.Equal(2, server.Requests.Count);
        var repair = server.Requests[1].Messages[^1].GetProperty("content").GetString();
        Assert.Contains("could not be used", repair, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAnswerStillUnusableAfterTheRepairIsAJudgeErrorNotACrash()
    {
        server.Script(FakeReply.Json("""{"score": 9, "reason": "off the scale"}"""), FakeReply.Json("still not json"));
        using var judges = Judges();

        var result = await ReplyQualityAsync(judges);

        var score = Assert.Single(JudgeScores.From(LlmJudges.ReplyQuality, result));
        Assert.Null(score.Value);
        Assert.Contains("unusable after one repair", score.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(_cache.Path, "*.json", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task TheCacheAnswersASecondRunWithoutCallingTheModel()
    {
        server.Script(FakeReply.Json(GoodScore));
        using (var first = Judges())
        {
            await ReplyQualityAsync(first);
        }

        server.Script();
        using var second = Judges();
        var result = await ReplyQualityAsync(second);

        Assert.Empty(server.Requests);
        var score = result.Get<NumericMetric>(RubricJudge.Score);
        Assert.Equal(4.0, score.Value);
        Assert.Equal("true", score.Metadata!["cached"]);
    }

    [Fact]
    public async Task PairwiseAsksInBothOrdersAndAVerdictThatFollowsThePositionIsAFlip()
    {
        // Both times "A": first the first answer, then (swapped) the second one.
        server.Script(FakeReply.Json("""{"winner": "A", "reason": "clearer"}"""), FakeReply.Json("""{"winner": "A", "reason": "clearer"}"""));
        using var judges = Judges();

        var flipped = await PairwiseAsync(judges, "Senior Go engineer role created.", "Done.");

        Assert.Equal(2, server.Requests.Count);
        var orders = server.Requests.Select(r => r.Messages[^1].GetProperty("content").GetString()!).ToList();
        Assert.Contains("Answer A: Senior Go engineer role created.", orders[0], StringComparison.Ordinal);
        Assert.Contains("Answer A: Done.", orders[1], StringComparison.Ordinal);
        Assert.True(JudgeScores.Holds(flipped, PairwiseJudge.Flip));
        Assert.Equal("inconsistent", flipped.Get<StringMetric>(PairwiseJudge.Preferred).Value);
    }

    [Fact]
    public async Task PairwiseThatPrefersTheSameAnswerInBothOrdersIsNoFlipAndTheFlipRateCountsOnlyFlips()
    {
        server.Script(
            FakeReply.Json("""{"winner": "A", "reason": "clearer"}"""),
            FakeReply.Json("""{"winner": "B", "reason": "clearer"}"""),
            FakeReply.Json("""{"winner": "B", "reason": "shorter"}"""),
            FakeReply.Json("""{"winner": "B", "reason": "shorter"}"""));
        using var judges = Judges();

        var consistent = await PairwiseAsync(judges, "Senior Go engineer role created.", "Done.");
        var flipped = await PairwiseAsync(judges, "Two candidates shortlisted.", "Shortlisted.");

        Assert.Equal("first", consistent.Get<StringMetric>(PairwiseJudge.Preferred).Value);
        Assert.False(JudgeScores.Holds(consistent, PairwiseJudge.Flip));
        var cases = new[] { consistent, flipped }
            .Select((r, i) => new CaseResult($"c{i}", true, "", "", JudgeScores.From(PairwiseJudge.Prompt, r)))
            .ToList();
        var report = await SplitRunner.RunAsync(EvalSplit.Dev, [.. cases.Select(c => new Hiring.Evals.Cases.EvalCase(c.Id, EvalSplit.Dev, default, "x", 1))], (c, _, _) => Task.FromResult(cases.Single(r => r.Id == c.Id)), [], 1, CancellationToken.None);
        Assert.Equal(0.5, report.Metrics[SplitRunner.FlipRate]);
    }

    [Fact]
    public void LlmJudgesWithTheBuiltInProviderAreAClearError()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Hiring:Ai:Provider"] = "BuiltIn" }).Build();

        var error = Assert.Throws<InvalidOperationException>(() => LlmJudges.FromConfiguration(configuration, _cache.Path));

        Assert.StartsWith("LLM judges need a model: set Hiring:Ai:Provider", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _cache.Dispose();

    private LlmJudges Judges() => FakeJudgeModel.Judges(server, _cache.Path);

    private static async Task<EvaluationResult> ReplyQualityAsync(LlmJudges judges)
    {
        var inputs = new RubricInputs(new Dictionary<string, string>
        {
            ["message"] = "I need a senior Go engineer in Berlin",
            ["actions"] = "intake.create-project",
            ["reply"] = "I created the project.",
        });
        return await judges.Rubric(LlmJudges.ReplyQuality).EvaluateAsync([], new ChatResponse(), judges.Chat, [inputs]);
    }

    private static async Task<EvaluationResult> PairwiseAsync(LlmJudges judges, string first, string second) =>
        await judges.Pairwise().EvaluateAsync([], new ChatResponse(), judges.Chat, [new PairwiseInputs("I need a senior Go engineer in Berlin", first, second, "Which reply tells the recruiter more truthfully what was done?")]);
}
