using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Tests.Supervisor;

/// <summary>Waits on a supervisor's event log (the durable record) rather than the live stream.</summary>
public static class EventLogWaiter
{
    public static async Task<AssistantEvent> WaitForAsync(this IRecruiterSupervisor supervisor, Func<AssistantEvent, bool> match, string what, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var events = await supervisor.EventsAfter(0, 500);
            if (events.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            if (cts.IsCancellationRequested)
            {
                throw new TimeoutException($"No {what} in the log; saw: {string.Join(", ", events.Select(e => $"{e.Sequence}:{e.Kind}"))}");
            }

            // Polling interval of the durable log, not a guess at how long the work takes.
            await Task.Delay(25, CancellationToken.None);
        }
    }

    public static Task<AssistantEvent> WaitForAsync(this IRecruiterSupervisor supervisor, AssistantEventKind kind, TimeSpan? timeout = null) =>
        supervisor.WaitForAsync(e => e.Kind == kind, kind.ToString(), timeout);
}
