using Hiring.Evals.Core;
using Hiring.Evals.Judges.Llm;
using Hiring.Evals.Suites.Outreach;
using Hiring.Evals.Tests.Suites;
using Hiring.Evals.Tests.Support;

namespace Hiring.Evals.Tests.Judges;

/// <summary>The outreach suite asks the personalization rubric about each first message under --judge llm, and never under --judge builtin.</summary>
public sealed class OutreachPersonalizationJudgeTests(FakeOpenAIServer server, ProductRunFixture fixture)
    : IClassFixture<FakeOpenAIServer>, IClassFixture<ProductRunFixture>, IDisposable
{
    private readonly TempDataDirectory _output = new();

    [Fact]
    public async Task WithLlmJudgesEachFirstMessageIsScoredForPersonalization()
    {
        server.Script(FakeReply.Json("""{"score": 5, "reason": "Cites the SEPA payouts service and ties Go to the role."}"""));
        using var judges = FakeJudgeModel.Judges(server, _output.Path);
        var options = EvalOptionsFor.Folders(fixture.Cases.Path, _output.Path) with { Splits = [EvalSplit.Dev], Judges = JudgeMode.Llm };
        await using var run = new EvalRun(options, TextWriter.Null, judges);

        var report = await new OutreachSuite().RunAsync(run, CancellationToken.None);

        var only = Assert.Single(Assert.Single(report.Splits).Cases);
        var score = Assert.Single(only.Judges, j => j.Judge == LlmJudges.OutreachPersonalization);
        Assert.Equal((RubricJudge.Score, 5.0, (string?)null), (score.Metric, score.Value, score.Error));
        Assert.True(only.Passed, only.Actual);
        var request = Assert.Single(server.Requests);
        var text = string.Join("\n", request.Messages.Select(m => m.GetProperty("content").GetString()));
        Assert.Contains("You judge how personal a recruiting outreach message is", text, StringComparison.Ordinal);
        Assert.Contains("Kiezbank GmbH", text, StringComparison.Ordinal);
        Assert.Contains("The outreach message: ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithBuiltInJudgesThePersonalizationRubricIsNotAsked()
    {
        server.Script();

        var report = await new OutreachSuite().RunAsync(fixture.Run, CancellationToken.None);

        var only = Assert.Single(Assert.Single(report.Splits).Cases);
        Assert.DoesNotContain(only.Judges, j => j.Judge == LlmJudges.OutreachPersonalization);
        Assert.Empty(server.Requests);
    }

    public void Dispose() => _output.Dispose();
}
