using Hiring.Agents.Tests.Reasoning.Support;
using Hiring.Agents.Tests.Talent.Search;
using Hiring.Contracts.Planning;
using Hiring.Reasoning.Planning;

namespace Hiring.Agents.Tests.Reasoning;

/// <summary>
/// The intents' exemplars are embedded once per process: every host of a process (a gateway beside its silo, each test's host,
/// each eval suite's assistant) built its own classifier and spent about three seconds of MiniLM embedding the same exemplars.
/// </summary>
public sealed class IntentExemplarVectorsTests
{
    [Fact]
    public async Task ASecondClassifierWithTheSameExemplarsAndAnEmbedderOfTheSameKindEmbedsOnlyTheMessage()
    {
        var first = new HashingEmbedder();
        var second = new HashingEmbedder();

        var before = await new IntentClassifier(TestResources.Catalog, first, TestResources.Slots).ClassifyAsync("find senior Go engineers in Berlin");
        var after = await new IntentClassifier(TestResources.Catalog, second, TestResources.Slots).ClassifyAsync("find senior Go engineers in Berlin");

        // The first embedded the exemplars unless an earlier test of the process did; the second only the message.
        Assert.Equal(1, second.Embedded);
        Assert.Equal(before, after);
        Assert.Equal(PlanIntent.FindCandidates, after.Intent);
    }
}
