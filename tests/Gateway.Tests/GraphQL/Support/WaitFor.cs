namespace Hiring.Gateway.Tests.GraphQL.Support;

/// <summary>Waits on a condition (never a guessed delay); gives up after a generous bound so a bug fails instead of hanging.</summary>
public static class WaitFor
{
    public static async Task ConditionAsync(Func<bool> condition, string what)
    {
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!condition())
        {
            if (bound.IsCancellationRequested)
            {
                Assert.Fail($"Never became true: {what}");
            }

            await Task.Delay(5, CancellationToken.None);
        }
    }
}
