using Hiring.Agents.Persistence;
using Hiring.Storage;

namespace Hiring.Agents.Tests.TestGrains;

public sealed class ReminderProbeGrain([PersistentState("probe", StorageNames.Hiring)] IPersistentState<ReminderProbeState> state)
    : Grain, IReminderProbeGrain, IRemindable
{
    public const string ReminderName = "probe";

    public Task Register(TimeSpan dueTime, TimeSpan period) => this.RegisterOrUpdateReminder(ReminderName, dueTime, period);

    public Task<int> Fired() => Task.FromResult(state.State.Fired);

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        state.State.Fired++;
        await state.WriteStateAsync();
    }
}
