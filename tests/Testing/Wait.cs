namespace Hiring.Testing;

/// <summary>Waits on a condition instead of guessing a delay.</summary>
public static class Wait
{
    public static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (!await condition())
        {
            if (cts.IsCancellationRequested)
            {
                throw new TimeoutException($"Timed out after {timeout} waiting until {what}.");
            }

            // Polling interval, not a guess at how long the work takes.
            await Task.Delay(50, CancellationToken.None);
        }
    }

    public static Task UntilAsync(Func<bool> condition, TimeSpan timeout, string what) =>
        UntilAsync(() => Task.FromResult(condition()), timeout, what);
}
