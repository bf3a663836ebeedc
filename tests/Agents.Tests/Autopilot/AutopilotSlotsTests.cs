using Hiring.Agents.Autopilot;
using Microsoft.Extensions.Options;

namespace Hiring.Agents.Tests.Autopilot;

public sealed class AutopilotSlotsTests
{
    [Fact]
    public async Task RunsTakeTurnsBatchByBatchSoABigRunNeverStarvesASmallOne()
    {
        using var slots = new AutopilotSlots(Options.Create(new AutopilotOptions { Concurrency = 1 }));
        var order = new List<string>();
        var first = await slots.EnterAsync(CancellationToken.None);

        // Project "big" has 5 batches, "small" 2: each asks for a slot per batch, as a run does, and asks
        // again the moment it gives one back, the hardest case for fairness. Nothing here waits on the
        // scheduler, so the order is the same on a busy machine as on a quiet one.
        async Task RunAsync(string project, int batches)
        {
            for (var i = 0; i < batches; i++)
            {
                using (await slots.EnterAsync(CancellationToken.None))
                {
                    lock (order)
                    {
                        order.Add(project);
                    }
                }
            }
        }

        var big = RunAsync("big", 5);
        var small = RunAsync("small", 2);
        first.Dispose();
        await Task.WhenAll(big, small);

        Assert.Equal(7, order.Count);
        Assert.True(order.IndexOf("small") <= 1, string.Join(",", order));
        Assert.True(order.LastIndexOf("small") <= 3, $"the small run finished behind the big one: {string.Join(",", order)}");
    }

    [Fact]
    public async Task NoMoreBatchesRunAtOnceThanTheSlots()
    {
        using var slots = new AutopilotSlots(Options.Create(new AutopilotOptions { Concurrency = 2 }));
        var inside = 0;
        var most = 0;
        await Task.WhenAll(Enumerable.Range(0, 12).Select(async _ =>
        {
            using (await slots.EnterAsync(CancellationToken.None))
            {
                var now = Interlocked.Increment(ref inside);
                lock (slots)
                {
                    most = Math.Max(most, now);
                }

                await Task.Delay(5);
                Interlocked.Decrement(ref inside);
            }
        }));

        Assert.Equal(2, most);
    }
}
