using Hiring.Agents.Supervisor;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Autopilot;
using Hiring.Contracts.Outreach;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;
using Hiring.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hiring.Agents.Autopilot;

/// <summary>
/// A project's autopilot (key: tenant/project), a thin durable shell: the schedule is a reminder;
/// a run works batch by batch on <see cref="BackgroundWork"/> (an interleaving timer, so calls never
/// wait behind it), each batch an <see cref="AutopilotBatchTurn"/> checkpointed after it; a wake reminder resumes a run a restart cut short.
/// Applicants are evaluated before the next batch, so they never wait behind a night's work.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "Disposed in OnDeactivateAsync, the grain's end of life.")]
public sealed class ProjectAutopilotGrain(
    [PersistentState("autopilot", StorageNames.Hiring)] IPersistentState<AutopilotState> state,
    AutopilotBatchRunner runner,
    AutopilotBatchTurn turn,
    AutopilotWrapUp wrapUp,
    ApplicantIntake applicants,
    AutopilotDigest digest,
    IOptions<AutopilotOptions> options,
    TimeProvider time,
    ILogger<ProjectAutopilotGrain> logger) : Grain, IProjectAutopilot, IRemindable
{
    public const string ScheduleReminder = "autopilot-schedule";
    private const string WakeReminder = "autopilot-wake";
    private const int MaxFailures = 5;
    private SerializedWriter _writer = null!;
    private BackgroundWork _work = null!;
    private RetryBackoff _retry = null!;

    private string Key => this.GetPrimaryKeyString();

    private IHiringProject Project => GrainFactory.GetGrain<IHiringProject>(Key);

    private AutopilotRunBook Book => turn.Book(state.State);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _writer = new SerializedWriter(state.WriteStateAsync);
        _work = new BackgroundWork(this, WakeReminder, options.Value.WakePeriod, WorkAsync, () => state.State.HasWork);
        _retry = new RetryBackoff(TimeSpan.FromSeconds(2), options.Value.WakePeriod);
        if (state.State.HasWork)
        {
            _work.Kick(TimeSpan.Zero);
        }

        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        _writer.Dispose();
        return Task.CompletedTask;
    }

    public async Task<AutopilotSettings> Settings()
    {
        await EnsureProjectAsync();
        return ToSettings();
    }

    public async Task<AutopilotSettings> Configure(bool enabled, AutopilotSchedule? schedule, string by)
    {
        var snapshot = await Project.Snapshot();
        schedule ??= state.State.Schedule;
        if (AutopilotCalendar.Problem(schedule) is { } problem)
        {
            throw new AssistantRefusalException(RefusalCodes.Invalid, problem);
        }

        var now = time.GetUtcNow();
        await StartFeedAsync();
        (state.State.Enabled, state.State.Schedule, state.State.ChangedBy, state.State.ChangedAt) = (enabled, schedule, by, now);
        state.State.NextRunAt = enabled ? AutopilotCalendar.Next(schedule, now) : null;
        await _writer.WriteAsync();
        await ArmScheduleAsync();
        var settings = ToSettings();
        await TellOwnerAsync(snapshot.Owner, new CandidateNotice(AssistantEventKind.AutopilotChanged, snapshot.ProjectId, "", digest.Settings(settings, AutopilotWrapUp.TitleOf(snapshot)), AutopilotNoticePayload.Of(snapshot.ProjectId, settings)));
        return settings;
    }

    public async Task<AutopilotRun> RunNow(string by)
    {
        await EnsureProjectAsync();
        return await StartRunAsync(by);
    }

    public async Task<IReadOnlyList<AutopilotRun>> Runs(int max)
    {
        await EnsureProjectAsync();
        IEnumerable<AutopilotRun> runs = state.State.Runs;
        if (state.State.Current is { } current)
        {
            runs = runs.Append(current);
        }

        return [.. runs.Reverse().Take(Math.Clamp(max, 1, options.Value.KeptRuns + 1))];
    }

    public async Task ApplicantArrived(string candidateId)
    {
        if (!state.State.Applicants.Contains(candidateId))
        {
            state.State.Applicants.Add(candidateId);
            await _writer.WriteAsync();
        }

        await _work.EnsureWakeReminderAsync();
        _work.Kick(TimeSpan.Zero);
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != ScheduleReminder)
        {
            await _work.OnReminderAsync();
            return;
        }

        var now = time.GetUtcNow();
        if (state.State.Enabled && state.State.NextRunAt is { } due && now >= due - TimeSpan.FromMinutes(1))
        {
            state.State.NextRunAt = AutopilotCalendar.Next(state.State.Schedule, now);
            await StartRunAsync("schedule");
        }

        await ArmScheduleAsync();
    }

    private async Task<AutopilotRun> StartRunAsync(string trigger)
    {
        await StartFeedAsync();
        var run = Book.Start(trigger, time.GetUtcNow());
        await _writer.WriteAsync();
        await _work.EnsureWakeReminderAsync();
        _work.Kick(TimeSpan.Zero);
        return run;
    }

    /// <summary>The first time: the feed starts from now, so the first run reads what arrives after it.</summary>
    private async Task StartFeedAsync()
    {
        if (state.State.Cursors.Count == 0)
        {
            state.State.Cursors = await runner.HeadsAsync(Tenant, CancellationToken.None);
        }
    }

    /// <summary>Keeps the schedule reminder due at the next run while on, and removes it when off.</summary>
    private async Task ArmScheduleAsync()
    {
        if (state.State is { Enabled: true, NextRunAt: { } next })
        {
            var due = next - time.GetUtcNow();
            var period = state.State.Schedule.Cadence == AutopilotCadence.EveryHours ? TimeSpan.FromHours(state.State.Schedule.Hours ?? 24) : TimeSpan.FromDays(1);
            await this.RegisterOrUpdateReminder(ScheduleReminder, due > TimeSpan.FromSeconds(1) ? due : TimeSpan.FromSeconds(1), period);
        }
        else if (await this.GetReminder(ScheduleReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    private async Task<TimeSpan?> WorkAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (state.State.Applicants.Count > 0 && !cancellationToken.IsCancellationRequested)
            {
                await TakeApplicantAsync(state.State.Applicants[0], cancellationToken);
                state.State.Applicants.RemoveAt(0);
                await _writer.WriteAsync();
            }

            var more = state.State.Current is not null && !cancellationToken.IsCancellationRequested && await RunBatchAsync(cancellationToken);
            _retry.Succeeded();
            return more ? TimeSpan.Zero : null;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: the checkpoint holds, and the wake reminder resumes the run on the next start.
            return null;
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Autopilot of {Project} failed a batch (attempt {Attempt})", Key, _retry.Failures + 1);
            var retry = _retry.Failed();
            if (_retry.Failures < MaxFailures || state.State.Current is null)
            {
                return retry;
            }

            await FinishAsync(AutopilotRunStatus.Failed, ex.Message);
            return null;
        }
    }

    private async Task TakeApplicantAsync(string candidateId, CancellationToken cancellationToken)
    {
        if (await applicants.TakeAsync(Tenant, Key, Project, candidateId, cancellationToken) is { } told)
        {
            await TellOwnerAsync(told.Owner, told.Notice);
        }
    }

    /// <summary>One batch; false when the run ended.</summary>
    private async Task<bool> RunBatchAsync(CancellationToken cancellationToken)
    {
        if (await turn.TakeAsync(state.State, Key, Project, cancellationToken) is { } end)
        {
            await FinishAsync(end.Status, end.Reason);
            return false;
        }

        await _writer.WriteAsync();
        return true;
    }

    private async Task FinishAsync(AutopilotRunStatus status, string? reason)
    {
        var (owner, notice) = await wrapUp.EndAsync(Book, Key, Project, status, reason);
        await _writer.WriteAsync();
        await TellOwnerAsync(owner, notice);
    }

    /// <summary>A project never created is NOT_FOUND, as the project itself says; without copying its pipeline.</summary>
    private async Task EnsureProjectAsync()
    {
        if (!await Project.Exists())
        {
            throw new AssistantRefusalException(RefusalCodes.NotFound, $"There is no project '{Identity.GrainKeys.IdOf(Key)}'.");
        }
    }

    private async Task TellOwnerAsync(string? owner, CandidateNotice notice)
    {
        if (owner is not null)
        {
            await GrainFactory.GetGrain<IRecruiterSupervisor>(owner).RecordCandidateNotices([notice]);
        }
    }

    private AutopilotSettings ToSettings() => new(
        state.State.Enabled, state.State.Schedule, options.Value.Budget, state.State.NextRunAt, state.State.ChangedBy, state.State.ChangedAt);

    private string Tenant => Identity.GrainKeys.TenantOf(Key);
}
