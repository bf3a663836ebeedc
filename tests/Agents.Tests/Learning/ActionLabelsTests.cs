using Hiring.Agents.Learning;
using Hiring.Contracts.Learning;

namespace Hiring.Agents.Tests.Learning;

/// <summary>What the recruiter's actions say about each candidate: their latest decision, never an agent's step.</summary>
public sealed class ActionLabelsTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 4, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TheLatestDecisionWinsAndAViewAloneIsAPass()
    {
        var labels = ActionLabels.Of(
        [
            Act(RecruiterActionKind.ThumbsDown, "c1"),
            Act(RecruiterActionKind.Advanced, "c1"),
            Act(RecruiterActionKind.Shortlisted, "c2"),
            Act(RecruiterActionKind.Archived, "c2"),
            Act(RecruiterActionKind.Viewed, "c3"),
            Act(RecruiterActionKind.Messaged, "c4"),
            Act(RecruiterActionKind.Viewed, "c4"),
            Act(RecruiterActionKind.Highlighted, "c5", text: "Terraform modules"),
        ]);

        Assert.Equal(
            new Dictionary<string, bool> { ["c1"] = true, ["c2"] = false, ["c3"] = false, ["c4"] = true },
            labels.OrderBy(l => l.Key).ToDictionary());
    }

    [Fact]
    public void TheAssistantsOwnShortlistTeachesNothing()
    {
        var labels = ActionLabels.Of([Act(RecruiterActionKind.Shortlisted, "c1", ActionOrigin.Agent), Act(RecruiterActionKind.Archived, "c2", ActionOrigin.Agent)]);

        Assert.Empty(labels);
    }

    [Fact]
    public void FishersTestGivesTheHypergeometricTail()
    {
        // Six of six accepted have it, none of six passed on: 1 / C(12, 6).
        Assert.Equal(1.0 / 924, FisherTest.Greater(6, 0, 0, 6), 9);
        // Half and half is no evidence at all.
        Assert.True(FisherTest.Greater(3, 3, 3, 3) > 0.5);
    }

    [Fact]
    public void FishersTestOverStrataWeighsTheSignalWithinEach()
    {
        FisherTable[] alike = [new(3, 0, 0, 3), new(3, 0, 0, 3)];
        // Three of three accepted have it in each stratum, none passed on: (1 / C(6, 3))² for six of six.
        Assert.Equal(1.0 / 400, FisherTest.Greater(alike), 9);
        // One stratum is the plain test.
        Assert.Equal(FisherTest.Greater(6, 0, 0, 6), FisherTest.Greater([new FisherTable(6, 0, 0, 6)]), 12);
        // Holders who are all in the stratum everyone accepted tell nothing within it.
        Assert.Equal(1.0, FisherTest.Greater([new FisherTable(5, 0, 0, 0), new FisherTable(0, 2, 0, 4)]), 9);
    }

    private static RecruiterAction Act(RecruiterActionKind kind, string candidate, ActionOrigin origin = ActionOrigin.Recruiter, string? text = null) =>
        new(kind, candidate, "acme/mia", origin, At, Text: text);
}
