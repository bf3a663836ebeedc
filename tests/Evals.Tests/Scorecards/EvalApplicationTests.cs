using System.Text.Json;
using Hiring.Evals.Core;
using Hiring.Evals.Scorecards;
using Hiring.Evals.Tests.Support;

namespace Hiring.Evals.Tests.Scorecards;

public sealed class EvalApplicationTests : IDisposable
{
    private readonly CaseFolder _cases = new();
    private readonly TempDataDirectory _output = new();

    private static ThresholdSet Thresholds(string json)
    {
        using var document = JsonDocument.Parse(json);
        return ThresholdSet.Parse(document.RootElement);
    }

    [Fact]
    public async Task AThresholdMissedOnTheBlindSplitMakesTheRunExitNonZeroAndNamesTheMiss()
    {
        _cases.With("fake", EvalSplit.Dev, """{"id": "d1", "score": 1}""", """{"id": "d2", "score": 1}""")
              .With("fake", EvalSplit.Blind, """{"id": "b1", "score": 1}""", """{"id": "b2", "score": 0}""");
        var output = new StringWriter();

        var (exit, card) = await App().RunAsync(Options(), Thresholds("""{"fake": {"accuracy": {"min": 0.9}}}"""), output, CancellationToken.None);

        Assert.Equal(EvalApplication.ThresholdMissed, exit);
        Assert.False(card.Passed);
        var miss = Assert.Single(card.Misses);
        Assert.Equal("fake.accuracy on blind: 0.5, needs blind ≥ 0.9", miss);
        Assert.Contains("eval-result fake failed", output.ToString(), StringComparison.Ordinal);
        Assert.Contains($"miss: {miss}", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATargetAboveAGateThatHoldsIsReportedAsNotMetWithoutFailingTheRun()
    {
        _cases.With("fake", EvalSplit.Dev, """{"id": "d1", "score": 1}""")
              .With("fake", EvalSplit.Blind, """{"id": "b1", "score": 1}""", """{"id": "b2", "score": 0}""");
        var output = new StringWriter();

        var (exit, card) = await App().RunAsync(Options(), Thresholds("""{"fake": {"accuracy": {"min": 0.5, "target": {"min": 0.9}}}}"""), output, CancellationToken.None);

        Assert.Equal(EvalApplication.Passed, exit);
        Assert.Empty(card.Misses);
        Assert.Equal("fake.accuracy on blind: 0.5, needs blind ≥ 0.9 (target)", Assert.Single(card.TargetsMissed!));
        Assert.Contains("eval-result fake passed", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("target not met: fake.accuracy on blind: 0.5", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("target not met", ScorecardMarkdown.Render(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AGateBelowItsTargetStillFailsTheRun()
    {
        _cases.With("fake", EvalSplit.Blind, """{"id": "b1", "score": 0}""", """{"id": "b2", "score": 0}""");

        var (exit, card) = await App().RunAsync(Options([EvalSplit.Blind]), Thresholds("""{"fake": {"accuracy": {"min": 0.5, "target": {"min": 0.9}}}}"""), new StringWriter(), CancellationToken.None);

        Assert.Equal(EvalApplication.ThresholdMissed, exit);
        Assert.Equal("fake.accuracy on blind: 0, needs blind ≥ 0.5", Assert.Single(card.Misses));
    }

    [Fact]
    public async Task ThresholdsThatHoldExitZeroAndAMaximumIsACeiling()
    {
        _cases.With("fake", EvalSplit.Dev, """{"id": "d1", "score": 1}""").With("fake", EvalSplit.Blind, """{"id": "b1", "score": 1}""");

        var (exit, card) = await App().RunAsync(Options(), Thresholds("""{"fake": {"accuracy": {"min": 1.0, "dev": {"min": 1.0}}, "cases_passed": {"max": 1}}}"""), new StringWriter(), CancellationToken.None);

        Assert.Equal(EvalApplication.Passed, exit);
        Assert.Equal(ScorecardBuilder.Passed, Assert.Single(card.Suites).Result);
        Assert.All(card.Suites[0].Metrics.SelectMany(m => m.Thresholds), t => Assert.True(t.Passed));
    }

    [Fact]
    public async Task TheScorecardShowsDevAndBlindSideBySideWithThePreviousRunAndItsDelta()
    {
        _cases.With("fake", EvalSplit.Dev, """{"id": "d1", "score": 1}""", """{"id": "d2", "score": 0}""")
              .With("fake", EvalSplit.Blind, """{"id": "b1", "score": 0}""");
        await App().RunAsync(Options(), ThresholdSet.Empty, new StringWriter(), CancellationToken.None);
        _cases.With("fake", EvalSplit.Dev, """{"id": "d1", "score": 1}""", """{"id": "d2", "score": 1}""");

        var (_, card) = await App().RunAsync(Options(), Thresholds("""{"fake": {"accuracy": {"min": 0.5}}}"""), new StringWriter(), CancellationToken.None);

        var accuracy = card.Suites[0].Metrics.Single(m => m.Name == "accuracy");
        Assert.Equal((1.0, 0.0, 0.5, 0.0), (accuracy.Dev, accuracy.Blind, accuracy.PreviousDev, accuracy.PreviousBlind));
        Assert.True(File.Exists(Path.Combine(_output.Path, ScorecardWriter.Previous)));
        var markdown = await File.ReadAllTextAsync(Path.Combine(_output.Path, ScorecardWriter.Markdown));
        Assert.Contains("| accuracy | 1.000 | +0.500 | 0.000 | ±0 | blind ≥ 0.5 | ✗ miss |", markdown, StringComparison.Ordinal);
        var json = JsonSerializer.Deserialize<Scorecard>(await File.ReadAllTextAsync(Path.Combine(_output.Path, ScorecardWriter.Json)), ScorecardWriter.Options);
        Assert.Equal(0.5, json!.Suites[0].Metrics.Single(m => m.Name == "accuracy").PreviousDev);
    }

    [Fact]
    public async Task DevFailuresAreShownInFullAndBlindFailuresByIdOnly()
    {
        _cases.With("fake", EvalSplit.Dev, """{"id": "dev-bad", "score": 0}""").With("fake", EvalSplit.Blind, """{"id": "blind-bad", "score": 0}""");

        await App().RunAsync(Options(), ThresholdSet.Empty, new StringWriter(), CancellationToken.None);

        var markdown = await File.ReadAllTextAsync(Path.Combine(_output.Path, ScorecardWriter.Markdown));
        var results = await File.ReadAllTextAsync(Path.Combine(_output.Path, ScorecardWriter.Results));
        Assert.Contains("secret expected text dev-bad", markdown, StringComparison.Ordinal);
        Assert.Contains("blind-bad", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("secret expected text blind-bad", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("secret actual text blind-bad", markdown, StringComparison.Ordinal);
        Assert.Contains("secret actual text dev-bad", results, StringComparison.Ordinal);
        Assert.Contains("\"id\":\"blind-bad\"", results, StringComparison.Ordinal);
        Assert.DoesNotContain("text blind-bad", results, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACaseThatThrowsIsAFailedCaseWithItsErrorAndTheRunGoesOn()
    {
        _cases.With("fake", EvalSplit.Dev, """{"id": "ok", "score": 1}""", """{"id": "boom", "throw": true}""", """{"id": "after", "score": 1}""");

        var (_, card) = await App().RunAsync(Options([EvalSplit.Dev]), ThresholdSet.Empty, new StringWriter(), CancellationToken.None);

        var suite = Assert.Single(card.Suites);
        var failure = Assert.Single(suite.DevFailures);
        Assert.Equal(("boom", "InvalidOperationException: case boom blew up"), (failure.Id, failure.Error));
        Assert.Equal(2.0 / 3, suite.Metrics.Single(m => m.Name == "accuracy").Dev!.Value, 9);
        Assert.Equal("2/3", suite.Cases["dev"]);
    }

    [Fact]
    public async Task ASuiteThatBreaksIsReportedAsFailedAndTheOthersStillRun()
    {
        _cases.With("fake", EvalSplit.Dev, """{"id": "d1", "score": 1}""");
        var registry = new SuiteRegistry().Add(new BrokenSuite()).Add(new FakeSuite());

        var (exit, card) = await new EvalApplication(registry).RunAsync(Options([EvalSplit.Dev], "all"), ThresholdSet.Empty, new StringWriter(), CancellationToken.None);

        Assert.Equal(EvalApplication.ThresholdMissed, exit);
        Assert.Equal([ScorecardBuilder.Failed, ScorecardBuilder.Passed], card.Suites.Select(s => s.Result));
        Assert.Contains("broken: the suite failed: InvalidOperationException: the silo did not start", card.Misses);
    }

    [Fact]
    public async Task AMalformedCaseFileBreaksItsSuiteWithTheFileAndLine()
    {
        _cases.With("fake", EvalSplit.Dev, """{"id": "d1", "score": 1}""", "{broken");

        var (exit, card) = await App().RunAsync(Options([EvalSplit.Dev]), ThresholdSet.Empty, new StringWriter(), CancellationToken.None);

        Assert.Equal(EvalApplication.ThresholdMissed, exit);
        Assert.Contains("dev.jsonl:2:", card.Suites[0].Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingSplitIsNotMeasuredAndItsThresholdIsNoMiss()
    {
        _cases.With("fake", EvalSplit.Dev, """{"id": "d1", "score": 1}""");

        var (exit, card) = await App().RunAsync(Options(), Thresholds("""{"fake": {"accuracy": {"min": 0.9}}}"""), new StringWriter(), CancellationToken.None);

        Assert.Equal(EvalApplication.Passed, exit);
        Assert.Contains(card.Suites[0].Missing, m => m.Contains("blind.jsonl", StringComparison.Ordinal));
        Assert.Null(card.Suites[0].Metrics.Single(m => m.Name == "accuracy").Thresholds[0].Passed);
    }

    [Fact]
    public async Task ThresholdsOfSuitesNotWrittenYetAreListedAsNotAvailable()
    {
        _cases.With("fake", EvalSplit.Dev, """{"id": "d1", "score": 1}""");

        var (exit, card) = await App().RunAsync(Options([EvalSplit.Dev], "all"), Thresholds("""{"sourcing": {"recall@50": {"min": 0.8}}}"""), new StringWriter(), CancellationToken.None);

        Assert.Equal(EvalApplication.Passed, exit);
        var sourcing = card.Suites.Single(s => s.Name == "sourcing");
        Assert.Equal(ScorecardBuilder.NotAvailable, sourcing.Result);
    }

    [Fact]
    public async Task PairwiseFlipsBecomeTheSplitsFlipRate()
    {
        _cases.With("fake", EvalSplit.Dev, """{"id": "a", "score": 1, "flip": true}""", """{"id": "b", "score": 1, "flip": false}""", """{"id": "c", "score": 1, "flip": false}""", """{"id": "d", "score": 1, "flip": false}""");

        var (_, card) = await App().RunAsync(Options([EvalSplit.Dev]), ThresholdSet.Empty, new StringWriter(), CancellationToken.None);

        Assert.Equal(0.25, card.Suites[0].Metrics.Single(m => m.Name == SplitRunner.FlipRate).Dev);
    }

    [Fact]
    public void TheRepositoryThresholdsFileParsesWithTheIssuesFloorsAndCeilings()
    {
        var path = Path.Combine(Path.GetDirectoryName(Hiring.Evals.Cases.CaseLoader.Locate(AppContext.BaseDirectory))!, ThresholdSet.FileName);

        var set = ThresholdSet.Load(path);

        Assert.Contains(set.All, t => t is { Suite: "planner", Metric: "project_accuracy", Split: EvalSplit.Blind, Op: ThresholdOp.Min, Value: 0.9 });
        Assert.Contains(set.All, t => t is { Suite: "policy", Metric: "false_refusals", Op: ThresholdOp.Max, Value: 0, Target: true });
        Assert.Contains(set.All, t => t is { Suite: "dialogue", Metric: "dialogue_accuracy", Op: ThresholdOp.Min, Value: 0.9, Target: true });
        Assert.Contains(set.All, t => t is { Suite: "approvals", Metric: "false_decisions", Split: EvalSplit.Blind, Op: ThresholdOp.Max, Value: 0, Target: false });
        Assert.Contains(set.All, t => t is { Suite: "approvals", Metric: "approvals_accuracy", Op: ThresholdOp.Min, Value: 0.9, Target: true });
        Assert.Contains(set.All, t => t is { Suite: "fairness", Metric: "flip_rate", Op: ThresholdOp.Max, Value: 0 });
    }

    [Fact]
    public void AThresholdWithoutMinOrMaxIsRefusedWithItsName()
    {
        var error = Assert.Throws<InvalidDataException>(() => Thresholds("""{"planner": {"intent_accuracy": {"least": 0.9}}}"""));

        Assert.Contains("planner.intent_accuracy", error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _cases.Dispose();
        _output.Dispose();
    }

    private static EvalApplication App() => new(new SuiteRegistry().Add(new FakeSuite()));

    private EvalOptions Options(IReadOnlyList<EvalSplit>? splits = null, params string[] suites) =>
        EvalOptionsFor.Folders(_cases.Path, _output.Path, suites.Length == 0 ? ["fake"] : suites) with { Splits = splits ?? [EvalSplit.Dev, EvalSplit.Blind] };
}
