using Hiring.Agents.Supervisor;

namespace Hiring.Agents.Tests.Supervisor;

public sealed class RetryBackoffTests
{
    [Fact]
    public void DelaysDoubleFromTheFirstUpToTheLongestAndASuccessStartsAgain()
    {
        var backoff = new RetryBackoff(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(20));

        var delays = Enumerable.Range(0, 6).Select(_ => backoff.Failed().TotalSeconds).ToList();
        Assert.Equal([2, 4, 8, 16, 20, 20], delays);
        Assert.Equal(6, backoff.Failures);

        backoff.Succeeded();
        Assert.Equal(0, backoff.Failures);
        Assert.Equal(TimeSpan.FromSeconds(2), backoff.Failed());
    }

    [Fact]
    public void AVeryLongRunOfFailuresStaysAtTheLongestWithoutOverflowing()
    {
        var backoff = new RetryBackoff(TimeSpan.FromHours(1), TimeSpan.FromDays(1));
        for (var i = 0; i < 200; i++)
        {
            backoff.Failed();
        }

        Assert.Equal(TimeSpan.FromDays(1), backoff.Failed());
    }
}
