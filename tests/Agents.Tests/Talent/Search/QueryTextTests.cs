using Hiring.Talent.Search;

namespace Hiring.Agents.Tests.Talent.Search;

public sealed class QueryTextTests
{
    [Theory]
    [InlineData("distributed systems backend golang", "distributed systems backend golang")]
    [InlineData("title:\"backend engineer\" AND skill:go", "backend engineer go")]
    [InlineData("skill:java NOT skill:android", "java")]
    [InlineData("kubernetes -openshift", "kubernetes")]
    [InlineData("(go OR rust) AND NOT (php OR perl) AND location:berlin", "go rust berlin")]
    [InlineData("eng* AND title:lead^2", "eng lead")]
    public void TheEmbeddedTextKeepsTheWantedWordsOnly(string query, string expected) =>
        Assert.Equal(expected, QueryText.ForEmbedding(query));
}
