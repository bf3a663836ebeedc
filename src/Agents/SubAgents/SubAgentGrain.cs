using Hiring.Agents.Privacy;
using Hiring.Agents.Supervisor;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Privacy;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Serialization;

namespace Hiring.Agents.SubAgents;

/// <summary>
/// The one shape of a sub-agent grain: <see cref="Start"/> records the step and returns; its
/// <see cref="BackgroundWork"/> (an interleaving timer, so calls are never held behind model work) runs accepted steps one at a
/// time through <see cref="StepRunner{TState}"/> and reports each to the supervisor until it
/// acknowledges; a reminder wakes the agent after a crash while a step or a report is pending.
/// An agent is its state type, its handlers and a grain class that names them.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "Disposed in OnDeactivateAsync, the grain's end of life.")]
public abstract class SubAgentGrain<TState>(IPersistentState<TState> state, string agent, IEnumerable<IStepHandler<TState>> handlers) : Grain, ISubAgent, IRemindable
    where TState : class, ISubAgentState, new()
{
    private const string WakeReminder = "sub-agent-wake";
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<PlanRedaction> _erasedWhileRunning = [];
    private bool _running;
    private StepRunner<TState> _runner = null!;
    private SerializedWriter _writer = null!;
    private SubAgentOptions _options = null!;
    private ILogger _logger = null!;
    private BackgroundWork _work = null!;
    private RetryBackoff _retry = null!;

    private StepRecord Steps => state.State.Steps;

    /// <summary>The agent's durable state, for what an agent does besides its steps (its own reminders).</summary>
    protected TState State => state.State;

    /// <summary>The project a step works on: the project grain of the agent's key.</summary>
    protected virtual IHiringProject Project => GrainFactory.GetGrain<IHiringProject>(this.GetPrimaryKeyString());

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var copier = ServiceProvider.GetRequiredService<DeepCopier>();
        _options = ServiceProvider.GetRequiredService<IOptions<SubAgentOptions>>().Value;
        _logger = ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(GetType());
        _runner = new StepRunner<TState>(this.GetPrimaryKeyString(), new StepHandlers<TState>(agent, handlers), copier.Copy, _options.RememberedSteps);
        _writer = new SerializedWriter(state.WriteStateAsync);
        _work = new BackgroundWork(this, WakeReminder, _options.WakePeriod, WorkAsync, () => Steps.HasWork);
        _retry = new RetryBackoff(_options.ReportRetryDelay, _options.MaxReportDelay);
        if (Steps.HasWork)
        {
            // Reactivated after a crash or a move: finish what was accepted, deliver what was not acknowledged.
            _work.Kick(TimeSpan.Zero);
        }

        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        _stopping.Cancel();
        _stopping.Dispose();
        _writer.Dispose();
        return Task.CompletedTask;
    }

    public async Task Start(StepCommand command)
    {
        if (_runner.Accept(state.State, command))
        {
            await _writer.WriteAsync();
        }

        // Also for a step accepted before: the first Start may have failed after accepting it (its state write or the
        // reminder call lost on the network), and the supervisor hands it again until it hears of it; without this
        // nothing would ever run it.
        await _work.EnsureWakeReminderAsync();
        _work.Kick(TimeSpan.Zero);
    }

    public async Task<bool> EraseCandidate(ErasedPerson person)
    {
        var redaction = new PlanRedaction(new CandidateMentions(person));
        if (_running)
        {
            // The step at work writes back the copy of the state it started from: it is erased too when the step returns.
            _erasedWhileRunning.Add(redaction);
        }

        if (!state.State.EraseCandidate(redaction))
        {
            return false;
        }

        await _writer.WriteAsync();
        return true;
    }

    /// <summary>The wake-up reminder; an agent with reminders of its own handles them first and passes this one on.</summary>
    public virtual Task ReceiveReminder(string reminderName, TickStatus status) => _work.OnReminderAsync();

    /// <summary>Writes the state, after any write in progress.</summary>
    protected Task WriteStateAsync() => _writer.WriteAsync();

    /// <summary>Called after steps ran and their state was written (an agent keeps its own reminders here).</summary>
    protected virtual Task AfterStepsAsync() => Task.CompletedTask;

    private async Task<TimeSpan?> WorkAsync(CancellationToken timerCancellation)
    {
        try
        {
            using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(timerCancellation, _stopping.Token);
            var project = Project;
            var ran = false;
            while (Steps.Accepted.Count > 0 && !cancellation.IsCancellationRequested)
            {
                state.State = await RunNextAsync(project, cancellation.Token);
                await _writer.WriteAsync();
                ran = true;
            }

            if (ran)
            {
                await AfterStepsAsync();
            }

            return cancellation.IsCancellationRequested ? null : await DeliverAsync();
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested || timerCancellation.IsCancellationRequested)
        {
            // Deactivating: the step stays accepted and runs again on the next activation.
            return null;
        }
        catch (Exception ex)
        {
            var retry = _retry.Failed();
            SubAgentLog.WorkFailed(_logger, ex, this.GetPrimaryKeyString(), retry);
            return retry;
        }
    }

    private async Task<TState> RunNextAsync(IHiringProject project, CancellationToken cancellationToken)
    {
        _running = true;
        try
        {
            var next = await _runner.RunNextAsync(state.State, project, cancellationToken);
            _erasedWhileRunning.ForEach(erased => next.EraseCandidate(erased));
            return next;
        }
        finally
        {
            _running = false;
            _erasedWhileRunning.Clear();
        }
    }

    /// <summary>Sends the reports in order until one is not acknowledged; returns when to try again (null when all were).</summary>
    private async Task<TimeSpan?> DeliverAsync()
    {
        while (Steps.Outbox.Count > 0)
        {
            var report = Steps.Outbox[0];
            try
            {
                await GrainFactory.GetGrain<IRecruiterSupervisor>(report.Recruiter).StepFinished(report);
            }
            catch (Exception ex)
            {
                var retry = _retry.Failed();
                SubAgentLog.ReportUndelivered(_logger, ex, this.GetPrimaryKeyString(), report.IdempotencyKey, retry);
                return retry;
            }

            _retry.Succeeded();
            Steps.Acknowledged(report);
            await _writer.WriteAsync();
        }

        return null;
    }
}
