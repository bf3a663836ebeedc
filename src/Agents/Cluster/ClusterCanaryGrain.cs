using Hiring.Contracts.Cluster;
using Hiring.Storage;

namespace Hiring.Agents.Cluster;

/// <summary>See <see cref="IClusterCanary"/>: a note in grain storage and a one-shot reminder, each reported with the silo it ran on.</summary>
public sealed class ClusterCanaryGrain(
    [PersistentState(ClusterCanaryGrain.StateName, StorageNames.Hiring)] IPersistentState<CanaryState> state,
    ILocalSiloDetails silo) : Grain, IClusterCanary, IRemindable
{
    public const string StateName = "cluster-canary";
    private const string ReminderName = "canary";

    // Orleans' shortest reminder period; the reminder is removed at its first tick anyway.
    private static readonly TimeSpan Period = TimeSpan.FromMinutes(1);

    public async Task<CanaryReport> Write(string note)
    {
        state.State.Note = note;
        await state.WriteStateAsync();
        return Report();
    }

    public Task<CanaryReport> Read() => Task.FromResult(Report());

    public async Task<CanaryReport> Arm(TimeSpan dueTime)
    {
        state.State.Armed = true;
        state.State.FiredOn = null;
        await state.WriteStateAsync();
        await this.RegisterOrUpdateReminder(ReminderName, dueTime, Period);
        return Report();
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != ReminderName)
        {
            return;
        }

        if (state.State.Armed)
        {
            state.State.Armed = false;
            state.State.FiredOn = SiloName();
            await state.WriteStateAsync();
        }

        if (await this.GetReminder(ReminderName) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    private CanaryReport Report() => new(state.State.Note, SiloName(), state.State.Armed, state.State.FiredOn);

    private string SiloName() => silo.SiloAddress.ToString();
}
