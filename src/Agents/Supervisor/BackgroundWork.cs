using Microsoft.Extensions.DependencyInjection;

namespace Hiring.Agents.Supervisor;

/// <summary>
/// A grain's work off its calls: one pass at a time on an interleaving grain timer (so calls are
/// never held behind it), run again at once when kicked mid-pass, and a wake-up reminder kept
/// registered while work is pending so a crash resumes it (removed lazily once idle). The pass returns when to run again
/// (null when nothing is due). The supervisor and every sub-agent use it. When the silo stops,
/// <see cref="BackgroundWorkShutdown"/> cancels the running pass and no new one starts; the reminder
/// resumes the work on the next start.
/// </summary>
public sealed class BackgroundWork(Grain grain, string reminder, TimeSpan wakePeriod, Func<CancellationToken, Task<TimeSpan?>> pass, Func<bool> pending)
{
    private readonly BackgroundWorkShutdown? _shutdown = grain.GrainContext.ActivationServices.GetService<BackgroundWorkShutdown>();
    private IGrainTimer? _timer;
    private bool _running;
    private bool _again;
    private bool _wakeRegistered;

    public void Kick(TimeSpan due)
    {
        if (_shutdown?.Stopping.IsCancellationRequested == true)
        {
            return;
        }

        if (_running)
        {
            _again = true;
            return;
        }

        if (_timer is null)
        {
            _timer = grain.RegisterGrainTimer(RunAsync, new GrainTimerCreationOptions(due, Timeout.InfiniteTimeSpan) { Interleave = true, KeepAlive = true });
        }
        else
        {
            _timer.Change(due, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>
    /// Registers the wake-up reminder while work is pending. It is removed lazily, by the first
    /// wake-up that finds nothing to do (<see cref="OnReminderAsync"/>), so a busy grain does not
    /// write the reminder table every time its work drains.
    /// </summary>
    public async Task EnsureWakeReminderAsync()
    {
        if (_wakeRegistered || !pending())
        {
            return;
        }

        if (await grain.GetReminder(reminder) is null)
        {
            await grain.RegisterOrUpdateReminder(reminder, wakePeriod, wakePeriod);
        }

        _wakeRegistered = true;
    }

    /// <summary>A wake-up: runs pending work, or, idle for a whole period, removes the reminder until work arrives again.</summary>
    public async Task OnReminderAsync()
    {
        if (pending() || _running)
        {
            Kick(TimeSpan.Zero);
            return;
        }

        if (await grain.GetReminder(reminder) is { } existing)
        {
            await grain.UnregisterReminder(existing);
        }

        _wakeRegistered = false;
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        if (_running)
        {
            return;
        }

        if (_shutdown is not null && !_shutdown.TryEnter())
        {
            return;
        }

        _running = true;
        TimeSpan? next;
        try
        {
            using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _shutdown?.Stopping ?? CancellationToken.None);
            next = await pass(stopping.Token);
        }
        finally
        {
            _running = false;
            _shutdown?.Exit();
        }

        if (_again)
        {
            _again = false;
            next = TimeSpan.Zero;
        }

        if (next is { } due)
        {
            Kick(due);
        }

        // Also when stopping: the reminder service stops after this, and pending work then resumes on the next start.
        await EnsureWakeReminderAsync();
    }
}
