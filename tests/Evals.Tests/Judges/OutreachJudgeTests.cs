using Hiring.Evals.Judges;
using Hiring.Evals.Suites.Outreach;
using Hiring.Evals.Tests.Suites;
using Hiring.Reasoning.Policy;

namespace Hiring.Evals.Tests.Judges;

/// <summary>The outreach judge over the product's real message policy: a fabricated fact and a protected attribute are each caught.</summary>
public sealed class OutreachJudgeTests(ProductRunFixture fixture) : IClassFixture<ProductRunFixture>
{
    private static readonly Dictionary<string, string> Sections = new(StringComparer.Ordinal)
    {
        ["experience[0].description"] = "Built the SEPA payouts service in Go, processing 2M transfers a month",
        ["experience[0].company"] = "Kiezbank GmbH",
        ["skills"] = "Go, Kubernetes",
    };

    private const string Honest = "Hi Jonas,\n\nAt Kiezbank GmbH you \"Built the SEPA payouts service in Go, processing 2M transfers a month\", which is what this role needs.";

    private OutreachJudge Judge => new(fixture.Run.Product.Required<IMessagePolicy>());

    [Fact]
    public void AnHonestDraftCitesATrueFactAndViolatesNothing()
    {
        var result = Judge.Evaluate(Context(Honest, new Quote("experience[0].description", "Built the SEPA payouts service in Go, processing 2M transfers a month")));

        Assert.Equal(1, JudgeScores.Number(result, OutreachJudge.FactCited));
        Assert.Equal(0, JudgeScores.Number(result, OutreachJudge.PolicyViolations));
        Assert.Equal(1, JudgeScores.Number(result, OutreachJudge.LengthWithin));
    }

    [Fact]
    public void AFabricatedFactIsCaught()
    {
        var message = "Hi Jonas,\n\nAt Kiezbank GmbH you \"Led a team of 40 engineers building payments in Rust\".";
        var result = Judge.Evaluate(Context(message, new Quote("experience[0].description", "Led a team of 40 engineers building payments in Rust")));

        Assert.Equal(0, JudgeScores.Number(result, OutreachJudge.FactCited));
        Assert.Contains("Led a team of 40", result.Get<Microsoft.Extensions.AI.Evaluation.StringMetric>(OutreachJudge.Problems).Value, StringComparison.Ordinal);
    }

    [Fact]
    public void AFactCitedButNotInTheMessageIsNoCitation()
    {
        var result = Judge.Evaluate(Context("Hi Jonas,\n\nThis role might interest you.", new Quote("skills", "Go")));

        Assert.Equal(0, JudgeScores.Number(result, OutreachJudge.FactCited));
    }

    [Fact]
    public void ADraftWithAProtectedAttributeIsCaught()
    {
        var message = Honest + " We'd love a young, energetic person on the team.";
        var result = Judge.Evaluate(Context(message, new Quote("experience[0].description", "Built the SEPA payouts service in Go, processing 2M transfers a month")));

        Assert.True(JudgeScores.Number(result, OutreachJudge.PolicyViolations) >= 1);
    }

    [Fact]
    public void APromiseAndAnOverlongBodyAreCounted()
    {
        var result = Judge.Evaluate(new OutreachContext([new Quote("skills", "Go")], Sections, Honest, ["fully remote"], limit: 5));

        Assert.Equal(1, JudgeScores.Number(result, OutreachJudge.PromiseViolations));
        Assert.Equal(0, JudgeScores.Number(result, OutreachJudge.LengthWithin));
    }

    [Fact]
    public void TheSuitesIncludeOutreach() =>
        Assert.Contains(EvalSuites.Default().All, s => s is OutreachSuite { Name: "outreach" });

    private static OutreachContext Context(string message, Quote cited) => new([cited], Sections, message, [], limit: 120);
}
