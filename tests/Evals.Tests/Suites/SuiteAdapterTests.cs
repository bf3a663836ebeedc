using Hiring.Evals.Core;
using Hiring.Evals.Suites.Approvals;
using Hiring.Evals.Suites.Dialogue;
using Hiring.Evals.Suites.Intake;
using Hiring.Evals.Suites.Outreach;
using Hiring.Evals.Suites.Planner;

namespace Hiring.Evals.Tests.Suites;

/// <summary>
/// The adapters over today's product run end to end without a case erroring. What they score is the
/// engine's business (it is being rebuilt); these tests hold the plumbing: the product's services,
/// the state mapping, a real silo for the dialogue.
/// </summary>
public sealed class SuiteAdapterTests(ProductRunFixture fixture) : IClassFixture<ProductRunFixture>
{
    [Fact]
    public async Task ThePlannerSuiteScoresIntentAndProjectOfEveryCase()
    {
        var report = await new PlannerSuite().RunAsync(fixture.Run, CancellationToken.None);

        var dev = Assert.Single(report.Splits);
        Assert.Equal(SuiteStatus.Ran, report.Status);
        Assert.Equal(["p-1", "p-2"], dev.Cases.Select(c => c.Id));
        Assert.All(dev.Cases, c => Assert.Null(c.Error));
        Assert.InRange(dev.Metrics[PlannerSuite.IntentAccuracy], 0, 1);
        Assert.InRange(dev.Metrics[PlannerSuite.ProjectAccuracy], 0, 1);
        Assert.Contains(dev.Cases[0].Judges, j => j.Metric == "field.intent");
    }

    [Fact]
    public async Task TheOutreachSuiteJudgesTheBuiltInDraftOfEveryCase()
    {
        var report = await new OutreachSuite().RunAsync(fixture.Run, CancellationToken.None);

        var dev = Assert.Single(report.Splits);
        var only = Assert.Single(dev.Cases);
        Assert.Null(only.Error);
        Assert.True(only.Passed, only.Actual);
        Assert.Equal(1, dev.Metrics[OutreachSuite.FactCitation]);
        Assert.Equal(0, dev.Metrics[OutreachSuite.PolicyViolations]);
        Assert.Equal(0, dev.Metrics[OutreachSuite.PromiseViolations]);
    }

    [Fact]
    public async Task TheIntakeSuiteComparesEveryExpectedField()
    {
        var report = await new IntakeSuite().RunAsync(fixture.Run, CancellationToken.None);

        var dev = Assert.Single(report.Splits);
        var only = Assert.Single(dev.Cases);
        Assert.Null(only.Error);
        Assert.Equal(["locations", "must", "nice", "seniority", "title"], only.Judges.Select(j => j.Metric).Order(StringComparer.Ordinal));
        Assert.InRange(dev.Metrics[IntakeSuite.FieldAccuracy], 0, 1);
        Assert.True(dev.Metrics.ContainsKey(IntakeSuite.FieldMetric("title")));
    }

    [Fact]
    public async Task TheDialogueSuiteTalksToARealAssistantTurnByTurn()
    {
        var report = await new DialogueSuite().RunAsync(fixture.Run, CancellationToken.None);

        var dev = Assert.Single(report.Splits);
        var only = Assert.Single(dev.Cases);
        Assert.Null(only.Error);
        Assert.Contains("1: ", only.Actual, StringComparison.Ordinal);
        Assert.Contains("2: ", only.Actual, StringComparison.Ordinal);
        Assert.Contains(only.Judges, j => j.Judge == "turn 1" && j.Metric == "field.intent");
        Assert.InRange(dev.Metrics[DialogueSuite.TurnAccuracy], 0, 1);
        Assert.True(dev.Metrics.ContainsKey(DialogueSuite.DialogueAccuracy));
    }

    [Fact]
    public async Task TheApprovalsSuiteLeavesQualificationsWaitingForADecisionSaidInChat()
    {
        var report = await new ApprovalsSuite().RunAsync(fixture.Run, CancellationToken.None);

        var dev = Assert.Single(report.Splits);
        var only = Assert.Single(dev.Cases);
        Assert.Null(only.Error);
        Assert.Contains("1: StartProject/new (waiting for approval)", only.Actual, StringComparison.Ordinal);
        Assert.Contains(only.Judges, j => j.Judge == "turn 3" && j.Metric == "field.decided");
        Assert.Equal(0, dev.Metrics[ApprovalsSuite.FalseDecisions]);
        Assert.True(dev.Metrics.ContainsKey(ApprovalsSuite.ApprovalsAccuracy));
    }

    [Fact]
    public void APlannerCasesStateBecomesTheOpenProjectAndTheOpenQuestion()
    {
        using var state = System.Text.Json.JsonDocument.Parse("""
            {"project": {"title": "backend engineer", "seniority": "senior", "locations": ["Berlin, DE"], "remote": "hybrid", "must": ["go", "kafka"], "nice": ["rust"]},
             "question": {"kind": "calibration", "asked": "How do these look?", "candidates": 3}}
            """);

        var dialogue = DialogueStates.From(state.RootElement);

        Assert.Equal(("backend engineer", "senior", Hiring.Contracts.Projects.RemotePolicy.Hybrid), (dialogue.Project!.Spec.Title, dialogue.Project.Spec.Seniority, dialogue.Project.Spec.Remote));
        Assert.Equal(["Berlin, DE"], dialogue.Project.Spec.Locations);
        Assert.Equal(["go", "kafka"], dialogue.Project.Must);
        Assert.Equal(["rust"], dialogue.Project.Nice);
        Assert.Equal(("calibration", 3, DialogueStates.ProjectId), (dialogue.Question!.Kind, dialogue.Question.Candidates!.Count, dialogue.Question.ProjectId));
        Assert.Equal("senior backend engineer in Berlin, DE (hybrid); must: go, kafka; nice: rust", DialogueStates.Summary(dialogue.Project));
    }
}
