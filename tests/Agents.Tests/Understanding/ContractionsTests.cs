using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Agents.Tests.Understanding;

public sealed class ContractionsTests
{
    [Theory]
    [InlineData("German's no longer required", "German   no longer required")]
    [InlineData("Kafka’s optional now", "Kafka   optional now")]
    [InlineData("SQL's a must", "SQL   a must")]
    public void AnIsSaidOfARequirementIsBlankedAndTheTextKeepsItsLength(string text, string read)
    {
        Assert.Equal(read, Contractions.BlankIs(text));
        Assert.Equal(text.Length, Contractions.BlankIs(text).Length);
    }

    [Theory]
    [InlineData("the hiring manager's fine with remote")]
    [InlineData("the hiring manager's not sure")]
    [InlineData("the client's budget is tight")]
    public void APossessiveOrAnIsAboutSomethingElseStays(string text) =>
        Assert.Equal(text, Contractions.BlankIs(text));
}
